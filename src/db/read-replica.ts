import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';
import type { Database, DatabaseHandle } from './database';

/** After a connection failure the replica is left alone this long (then tried again). */
export const REPLICA_RETRY_MS = 5_000;

/** Errors that say the replica cannot be reached (not that the query is wrong). */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (a replica still starting)
  '08000',
  '08001',
  '08003',
  '08006',
]);

function isConnectionError(error: unknown): boolean {
  for (let current = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined; current;) {
    if (typeof current.code === 'string' && CONNECTION_ERROR_CODES.has(current.code)) return true;
    if (
      typeof current.message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect/.test(current.message)
    )
      return true;
    current = current.cause as typeof current;
  }
  return false;
}

/** An open read replica: its database for reads, whether it is in use now, and how to close it. */
export interface ReadReplica {
  /** Reads through the replica, or through the primary while the replica is down. */
  db: Database;
  /** False for `REPLICA_RETRY_MS` after the replica failed to answer. */
  readonly isAvailable: boolean;
  close(): Promise<void>;
}

type Query = (...args: unknown[]) => Promise<unknown>;

/**
 * Opens a pool on a streaming replica (`DATABASE_REPLICA_URL`) whose queries fall back to the
 * primary's pool when the replica cannot be reached: the failed query is sent to the primary at
 * once, and the replica is left alone for {@link REPLICA_RETRY_MS} before it is tried again. Only
 * for reads: a replica refuses writes. Returns undefined when the primary is PGlite (one process,
 * no replication).
 */
export function openReadReplica(
  primary: DatabaseHandle,
  url: string,
  onFallback: (error: Error) => void,
): ReadReplica | undefined {
  if (primary.kind !== 'postgres') return undefined;
  const primaryPool = (primary.db as unknown as { $client: pg.Pool }).$client;
  let downUntil = 0;
  const markDown = (error: Error) => {
    if (Date.now() >= downUntil) onFallback(error);
    downUntil = Date.now() + REPLICA_RETRY_MS;
  };

  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 2_000,
    application_name: 'ocop-replica-reader',
  });
  const fromReplica = (pool.query as unknown as Query).bind(pool);
  const fromPrimary = (primaryPool.query as unknown as Query).bind(primaryPool);
  // Drizzle sends every statement outside a transaction through `query` (promise form).
  (pool as unknown as { query: Query }).query = async (...args: unknown[]) => {
    if (Date.now() < downUntil) return fromPrimary(...args);
    try {
      return await fromReplica(...args);
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      markDown(error as Error);
      return fromPrimary(...args);
    }
  };
  // An idle connection dropped by the replica must not crash the process.
  pool.on('error', (error) => markDown(error));
  return {
    db: drizzle(pool, { schema }) as unknown as Database,
    get isAvailable() {
      return Date.now() >= downUntil;
    },
    close: () => pool.end(),
  };
}
