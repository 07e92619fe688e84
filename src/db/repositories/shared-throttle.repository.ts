/**
 * Counters that every process on one PostgreSQL shares: the sign-in throttle's failure times per
 * key and the request counts of the rate limits. Both tables are UNLOGGED (fast to write, emptied
 * by a crash — a throttle forgetting is harmless) and not part of the Drizzle schema, so backups
 * leave them out (migration 0029).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../database';

/** Failure times (epoch ms) per throttle key. */
export type ThrottleTimes = Map<string, number[]>;

function timesOf(value: unknown): number[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? parsed.map(Number).filter(Number.isFinite) : [];
}

/**
 * Reads the failure times of `keys` with their rows locked (so two processes checking the same
 * key take turns), lets `update` decide, and stores what it returns: a key with no times left is
 * deleted; each kept key is forgotten after its `expiresAtMs`.
 */
export async function updateThrottleTimes<T>(
  db: Database,
  keys: readonly string[],
  update: (current: ThrottleTimes) => {
    result: T;
    next: Map<string, { times: number[]; expiresAtMs: number }>;
  },
): Promise<T> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return update(new Map()).result;
  return db.transaction(async (tx) => {
    // Rows exist before they are locked, in one order, so two processes never deadlock.
    await tx.execute(
      sql`insert into shared_throttle_keys (key, times, expires_at)
          values ${sql.join(
            sorted.map((key) => sql`(${key}, '[]'::jsonb, now())`),
            sql`, `,
          )}
          on conflict (key) do nothing`,
    );
    const rows = await queryRows<{ key: string; times: unknown }>(
      tx,
      sql`select key, times from shared_throttle_keys
          where key in (${sql.join(
            sorted.map((key) => sql`${key}`),
            sql`, `,
          )})
          order by key for update`,
    );
    const { result, next } = update(new Map(rows.map((row) => [row.key, timesOf(row.times)])));
    for (const key of sorted) {
      const entry = next.get(key);
      if (!entry || entry.times.length === 0) {
        await tx.execute(sql`delete from shared_throttle_keys where key = ${key}`);
        continue;
      }
      await tx.execute(
        sql`update shared_throttle_keys
            set times = ${JSON.stringify(entry.times)}::jsonb,
                expires_at = ${new Date(entry.expiresAtMs).toISOString()}::timestamptz
            where key = ${key}`,
      );
    }
    return result;
  });
}

/** Forgets throttle keys and rate-limit windows that ended before `now` (a periodic sweep). */
export async function sweepSharedThrottles(
  db: Database,
  now: Date,
): Promise<{ throttleKeys: number; rateLimits: number }> {
  const at = now.toISOString();
  const keys = await queryRows(
    db,
    sql`delete from shared_throttle_keys where expires_at < ${at}::timestamptz returning 1`,
  );
  const limits = await queryRows(
    db,
    sql`delete from shared_rate_limits where expires_at < ${at}::timestamptz returning 1`,
  );
  return { throttleKeys: keys.length, rateLimits: limits.length };
}

/**
 * Counts one request under `key` in a fixed window of `windowMs` starting at its first request,
 * and returns the count so far and when the window started. One statement, so concurrent
 * processes never lose a count.
 */
export async function countRateLimitHit(
  db: Database,
  params: { key: string; nowMs: number; windowMs: number },
): Promise<{ hits: number; windowStartedMs: number }> {
  const { key, nowMs, windowMs } = params;
  const expiresAt = new Date(nowMs + windowMs).toISOString();
  const [row] = await queryRows<{ hits: unknown; window_started_ms: unknown }>(
    db,
    sql`insert into shared_rate_limits as r (key, window_started_ms, hits, expires_at)
        values (${key}, ${nowMs}, 1, ${expiresAt}::timestamptz)
        on conflict (key) do update set
          hits = case when r.window_started_ms + ${windowMs} <= ${nowMs} then 1 else r.hits + 1 end,
          expires_at = case when r.window_started_ms + ${windowMs} <= ${nowMs}
                            then excluded.expires_at else r.expires_at end,
          window_started_ms = case when r.window_started_ms + ${windowMs} <= ${nowMs}
                                   then excluded.window_started_ms else r.window_started_ms end
        returning hits, window_started_ms`,
  );
  return { hits: Number(row?.hits ?? 1), windowStartedMs: Number(row?.window_started_ms ?? nowMs) };
}
