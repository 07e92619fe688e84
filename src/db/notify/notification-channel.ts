import pg from 'pg';
import type { DatabaseHandle } from '../database';

/** What a listener reports: each payload, and the state of its connection (for the log). */
export interface NotificationListenerEvents {
  onPayload(payload: string): void;
  /** The connection dropped (or could not be opened); the listener retries after `retryInMs`. */
  onDisconnect?(error: Error, retryInMs: number): void;
  /** Listening again after a drop: notifications sent meanwhile were missed, so act as on one. */
  onReconnect?(): void;
}

/** A `LISTEN` held open on one channel, and how to stop it. */
export interface NotificationListener {
  /** True while the connection is open and listening. */
  readonly isListening: boolean;
  close(): Promise<void>;
}

/** Longest pause between two reconnection attempts. */
const MAX_RETRY_MS = 5_000;
const FIRST_RETRY_MS = 100;

/** PostgreSQL channel names are identifiers: keep them plain so they need no quoting. */
function assertChannelName(channel: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`invalid notification channel ${channel}`);
}

function poolOf(handle: DatabaseHandle): pg.Pool {
  return (handle.db as unknown as { $client: pg.Pool }).$client;
}

/**
 * Sends `payload` (at most 8,000 bytes) to every process listening on `channel` of the same
 * PostgreSQL database, this one included. On PGlite — one process by construction (its data
 * directory is locked) — there is nobody else to tell, and nothing is sent.
 */
export async function publishNotification(
  handle: DatabaseHandle,
  channel: string,
  payload: string,
): Promise<void> {
  assertChannelName(channel);
  if (handle.kind !== 'postgres') return;
  await poolOf(handle).query('select pg_notify($1, $2)', [channel, payload]);
}

/**
 * Listens on `channel` on a dedicated connection (never one of the pool's: a pooled connection is
 * handed to queries and would lose the `LISTEN`). When the connection drops — server restart,
 * failover, a killed backend — it reconnects with a growing pause (100 ms … 5 s) and calls
 * `onReconnect`, since notifications sent while it was away are lost. On PGlite it listens to
 * nothing (see {@link publishNotification}).
 */
export function listenForNotifications(
  handle: DatabaseHandle,
  channel: string,
  events: NotificationListenerEvents,
): NotificationListener {
  assertChannelName(channel);
  if (handle.kind !== 'postgres') return { isListening: false, close: async () => undefined };
  const options = poolOf(handle).options;
  let client: pg.Client | undefined;
  let isClosed = false;
  let isListening = false;
  let isFirstAttempt = true;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: NodeJS.Timeout | undefined;

  const scheduleRetry = (error: Error) => {
    isListening = false;
    if (isClosed || retryTimer) return;
    events.onDisconnect?.(error, retryMs);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, retryMs);
    retryTimer.unref();
    retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
  };

  const connect = async (): Promise<void> => {
    if (isClosed) return;
    const isRetry = !isFirstAttempt;
    isFirstAttempt = false;
    const next = new pg.Client({
      connectionString: options.connectionString,
      ...(options.host ? { host: options.host } : {}),
      ...(options.port ? { port: options.port } : {}),
      ...(options.user ? { user: options.user } : {}),
      ...(options.database ? { database: options.database } : {}),
      ...(typeof options.password === 'string' ? { password: options.password } : {}),
      application_name: 'ocop-listener',
      keepAlive: true,
    });
    client = next;
    next.on('notification', (message) => {
      if (message.channel === channel) events.onPayload(message.payload ?? '');
    });
    next.on('error', (error) => {
      void next.end().catch(() => undefined);
      scheduleRetry(error);
    });
    next.on('end', () => {
      if (client === next) scheduleRetry(new Error('listener connection ended'));
    });
    try {
      await next.connect();
      await next.query(`listen ${channel}`);
    } catch (error) {
      void next.end().catch(() => undefined);
      scheduleRetry(error as Error);
      return;
    }
    if (isClosed) {
      await next.end().catch(() => undefined);
      return;
    }
    isListening = true;
    retryMs = FIRST_RETRY_MS;
    if (isRetry) events.onReconnect?.();
  };

  void connect();
  return {
    get isListening() {
      return isListening;
    },
    async close() {
      isClosed = true;
      isListening = false;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
