import type { Database } from '../../../db/database';
import { findRefreshState } from '../../../db/repositories/statistics-refresh.repository';
import { STALE_READ_REFRESH_MS, type StatisticsRefresher } from './statistics-refresher';

export interface Freshness {
  refreshedAt: string | null;
  asOf: string | null;
  isStale: boolean;
}

/**
 * When the figures were computed. The very first read computes them (once, before answering);
 * figures of another day, or stale for longer than STALE_READ_REFRESH_MS, start a background
 * refresh and are answered as they are, marked stale.
 */
export async function ensureFreshness(params: {
  db: Database;
  now: Date;
  refresher: StatisticsRefresher;
}): Promise<Freshness> {
  const { db, now, refresher } = params;
  let state = await findRefreshState(db);
  if (!state) {
    await refresher.refreshNow();
    state = await findRefreshState(db);
  }
  if (!state) return { refreshedAt: null, asOf: null, isStale: true };
  const today = now.toISOString().slice(0, 10);
  const isOtherDay = state.asOf !== today;
  const isLongStale =
    state.staleSince !== null && now.getTime() - state.staleSince.getTime() > STALE_READ_REFRESH_MS;
  if (isOtherDay || isLongStale) refresher.refreshInBackground();
  return {
    refreshedAt: state.refreshedAt.toISOString(),
    asOf: state.asOf,
    isStale: state.staleSince !== null || isOtherDay,
  };
}
