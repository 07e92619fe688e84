/**
 * Reads that may come from a streaming replica: with `DATABASE_REPLICA_URL` set, the public pages
 * (catalogue, news, events, points of sale, statistics) and the statistics read from the replica,
 * falling back to the primary while it is down. Writes, sign-in, the back-office and the
 * verification pages (certificate and stamp, which must show a revocation at once, not after the
 * replica's lag) stay on the primary.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database';
import { openReadReplica, type ReadReplica } from '../../db/read-replica';
import type { AppDependencies } from '../context';

const replicas = new WeakMap<object, ReadReplica>();

/** The database public pages and statistics read from: the replica when configured, else the primary. */
export function readDatabaseOf(deps: AppDependencies): Database {
  return replicas.get(deps)?.db ?? deps.database.db;
}

/** Opens the replica named by the configuration when the app starts; closes it with the app. */
export const readReplicaPlugin = fp(
  async (app: FastifyInstance) => {
    const url = app.deps.config.databaseReplicaUrl;
    if (!url) return;
    const replica = openReadReplica(app.deps.database, url, (error) =>
      app.log.warn({ error: error.message }, 'read replica unreachable: reading from the primary for now'),
    );
    if (!replica) {
      app.log.warn('DATABASE_REPLICA_URL is ignored: the embedded database (PGlite) has no replicas');
      return;
    }
    replicas.set(app.deps, replica);
    app.addHook('onClose', async () => replica.close());
  },
  { name: 'read-replica' },
);
