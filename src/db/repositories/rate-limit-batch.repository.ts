/**
 * Adds many rate-limit hits at once to the counters every process on one PostgreSQL shares
 * (`shared_rate_limits`, migration 0029; the same rows and fixed windows as `countRateLimitHit`).
 * Used by the scan path's limiter, which counts in memory and flushes a few times a second.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../database';

export interface RateLimitHits {
  key: string;
  hits: number;
  windowMs: number;
}

/**
 * Adds `hits` under each key in one statement (a window that has ended restarts at `nowMs` with
 * these hits) and returns each key's count so far and when its window started.
 */
export async function addRateLimitHits(
  db: Database,
  nowMs: number,
  batch: readonly RateLimitHits[],
): Promise<Map<string, { hits: number; windowStartedMs: number }>> {
  if (batch.length === 0) return new Map();
  const rows = batch.map((b) => ({ key: b.key, hits: b.hits, window_ms: b.windowMs }));
  const result = await queryRows<{ key: string; hits: unknown; window_started_ms: unknown }>(
    db,
    sql`insert into shared_rate_limits as r (key, window_started_ms, hits, expires_at)
        select v.key, ${nowMs}::bigint, v.hits, to_timestamp((${nowMs}::bigint + v.window_ms) / 1000.0)
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(key text, hits integer, window_ms bigint)
        order by v.key
        on conflict (key) do update set
          hits = case when r.window_started_ms + (extract(epoch from excluded.expires_at) * 1000)::bigint - excluded.window_started_ms <= excluded.window_started_ms
                      then excluded.hits else r.hits + excluded.hits end,
          expires_at = case when r.window_started_ms + (extract(epoch from excluded.expires_at) * 1000)::bigint - excluded.window_started_ms <= excluded.window_started_ms
                            then excluded.expires_at else r.expires_at end,
          window_started_ms = case when r.window_started_ms + (extract(epoch from excluded.expires_at) * 1000)::bigint - excluded.window_started_ms <= excluded.window_started_ms
                                   then excluded.window_started_ms else r.window_started_ms end
        returning key, hits, window_started_ms`,
  );
  return new Map(
    result.map((row) => [
      row.key,
      { hits: Number(row.hits), windowStartedMs: Number(row.window_started_ms) },
    ]),
  );
}
