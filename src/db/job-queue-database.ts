import { fromPglite, type Db as IDatabase } from 'pg-boss';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { DatabaseHandle } from './database';

/** How the job queue (pg-boss) reaches the product's database. */
export interface JobQueueConnection {
  db: IDatabase;
  backend: 'pglite' | 'postgres';
}

/**
 * The job queue runs on the very connection(s) the product uses: PGlite's single in-process
 * connection through pg-boss's own PGlite adapter, or the PostgreSQL pool (pg-boss statements are
 * short and never hold a connection between calls). pg-boss never closes either: the handle does.
 */
export function jobQueueConnectionOf(handle: DatabaseHandle): JobQueueConnection {
  const client = (handle.db as unknown as { $client: unknown }).$client;
  if (handle.kind === 'pglite') return { db: fromPglite(client as PGlite), backend: 'pglite' };
  const pool = client as pg.Pool;
  return {
    db: { executeSql: async (text: string, values?: unknown[]) => pool.query(text, values) },
    backend: 'postgres',
  };
}
