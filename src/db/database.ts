import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

export type Schema = typeof schema;

/**
 * The product's database, whichever driver is behind it (PGlite or PostgreSQL). A transaction
 * has the same shape, so repositories take a `Database` and work inside or outside one.
 */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** An open database and how to close it. */
export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages: a directory, `memory`, or the URL without password. */
  location: string;
  close(): Promise<void>;
}

/** `count(*)` is a number from PGlite and a string from node-postgres: read it with this. */
export function toCount(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}
