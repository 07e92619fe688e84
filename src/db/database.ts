import type { SQL } from 'drizzle-orm';
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

/** Runs raw SQL and returns its rows, whichever driver is behind `db`. */
export async function queryRows<T = Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** Runs a `select count(*) as n …` and returns n as a number. */
export async function queryCount(db: Database, query: SQL): Promise<number> {
  const [row] = await queryRows<{ n: unknown }>(db, query);
  return toCount(row?.n);
}
