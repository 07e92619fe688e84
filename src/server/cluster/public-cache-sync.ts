/**
 * Keeps the public caches of every process on one PostgreSQL in agreement. A write that changes a
 * public answer empties this process's caches before its answer is sent (public-cache.ts); this
 * plugin then tells the other processes through `NOTIFY ocop_public_cache`, and each one empties
 * its own caches on receipt — so a certificate revoked through process A stops verifying on
 * process B within a round trip, not after the cache TTL. On PGlite (one process) nothing is sent.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { listenForNotifications, publishNotification } from '../../db/notify/notification-channel';
import type { DatabaseHandle } from '../../db/database';
import type { AppDependencies } from '../context';
import { publicCachesOf, WRITES_INVISIBLE_TO_THE_PUBLIC } from '../public/public-cache';

/** The channel every process listens on. */
export const PUBLIC_CACHE_CHANNEL = 'ocop_public_cache';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface CacheMessage {
  /** The process that made the change (it has emptied its own caches already). */
  from: string;
}

function parseMessage(payload: string): CacheMessage | undefined {
  try {
    const value: unknown = JSON.parse(payload);
    if (value && typeof value === 'object' && typeof (value as CacheMessage).from === 'string')
      return value as CacheMessage;
  } catch {
    // A message we do not understand still means "something changed".
  }
  return undefined;
}

/**
 * Tells the other processes that a public answer may have changed (a job or a command that
 * changed certificates, stamps or the catalogue outside an HTTP request calls this too).
 */
export async function announcePublicChange(database: DatabaseHandle, from = 'command'): Promise<void> {
  await publishNotification(database, PUBLIC_CACHE_CHANNEL, JSON.stringify({ from } satisfies CacheMessage));
}

function isPublicWrite(request: FastifyRequest, statusCode: number): boolean {
  if (READ_METHODS.has(request.method) || statusCode >= 400) return false;
  const operationId = request.routeOptions.schema?.operationId;
  return operationId === undefined || !WRITES_INVISIBLE_TO_THE_PUBLIC.has(operationId);
}

/** Starts listening when the app is ready; stops when it closes. */
function listenForChanges(app: FastifyInstance, deps: AppDependencies, processId: string): void {
  let listener: ReturnType<typeof listenForNotifications> | undefined;
  const clear = () => publicCachesOf(deps).clear();
  app.addHook('onReady', async () => {
    listener = listenForNotifications(deps.database, PUBLIC_CACHE_CHANNEL, {
      onPayload: (payload) => {
        if (parseMessage(payload)?.from !== processId) clear();
      },
      onDisconnect: (error, retryInMs) =>
        app.log.warn({ error: error.message, retryInMs }, 'public cache listener disconnected; reconnecting'),
      // Changes announced while the connection was down were missed: start afresh.
      onReconnect: () => {
        app.log.info('public cache listener reconnected');
        clear();
      },
    });
  });
  app.addHook('onClose', async () => listener?.close());
}

/**
 * Registered without encapsulation next to `publicCacheInvalidation`, so it sees the writes of
 * every module. The announcement is sent before the answer leaves: a client that revokes through
 * one process and then verifies through another sees the revocation.
 */
export const publicCacheSync = fp(
  async (app: FastifyInstance) => {
    const deps = app.deps;
    const processId = randomUUID();
    listenForChanges(app, deps, processId);
    app.addHook('onSend', async (request, reply) => {
      if (!isPublicWrite(request, reply.statusCode)) return;
      await announcePublicChange(deps.database, processId).catch((error: unknown) =>
        // The other processes catch up after the cache TTL: never fail the write for this.
        request.log.warn({ error: String(error) }, 'could not announce a public change to other processes'),
      );
    });
  },
  { name: 'public-cache-sync' },
);
