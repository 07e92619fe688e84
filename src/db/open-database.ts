import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import type { Database, DatabaseHandle } from './database';
import { lockDirectory } from './pglite-lock';

const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Any constant: serialises migrations when several processes start against one PostgreSQL. */
const MIGRATION_LOCK_KEY = 70_2025_0701;

export interface OpenDatabaseOptions {
  /** `postgres://…` selects PostgreSQL; otherwise PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; `undefined` with no URL means an in-memory database (tests). */
  pgliteDirectory?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
}

function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** The pool's clients whose connections are still open. */
function trackConnections(pool: pg.Pool): Set<pg.PoolClient> {
  const open = new Set<pg.PoolClient>();
  pool.on('connect', (client) => {
    open.add(client);
    client.once('end', () => open.delete(client));
  });
  return open;
}

/**
 * Ends the pool and waits until every connection has really closed: `pool.end()` resolves as soon as
 * the clients are told to end, and a database dropped (or a server stopped) in that gap would kill
 * their sessions mid-goodbye.
 */
async function endPool(pool: pg.Pool, open: Set<pg.PoolClient>): Promise<void> {
  const closed = [...open].map(
    (client) => new Promise<void>((resolve) => client.once('end', () => resolve())),
  );
  await pool.end();
  await Promise.all(closed);
}

/** Opens the database the configuration names. Does not migrate: call {@link migrateDatabase}. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.maxConnections ?? 10 });
    const connected = trackConnections(pool);
    // Fail fast with a clear message instead of on the first request.
    const client = await pool.connect();
    client.release();
    const db = drizzlePg(pool, { schema }) as unknown as Database;
    return {
      db,
      kind: 'postgres',
      location: redactUrl(options.databaseUrl),
      close: () => endPool(pool, connected),
    };
  }
  const directory = options.pgliteDirectory;
  const release = directory ? await lockDirectory(directory) : async () => undefined;
  try {
    const client = directory ? await PGlite.create(path.join(directory, 'pgdata')) : await PGlite.create();
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    return {
      db,
      kind: 'pglite',
      location: directory ?? 'memory',
      close: async () => {
        await client.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

/** Applies every committed migration not yet applied. Safe to run from several processes at once. */
export async function migrateDatabase(handle: DatabaseHandle, databaseUrl?: string): Promise<void> {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  // Session-level advisory locks need one connection: migrate through a dedicated client.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
