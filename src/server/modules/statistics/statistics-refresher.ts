/**
 * Keeps the statistics current without recomputing them on every request:
 * - a successful write through the API (POST/PUT/PATCH/DELETE answered < 400) marks the figures
 *   stale and, after `statisticsRefreshDelayMs` (writes in between coalesce), recomputes the
 *   writer's province — or the nation for a central or anonymous writer with no province;
 * - a read that finds the figures of another day, or stale for longer than
 *   {@link STALE_READ_REFRESH_MS}, starts a full refresh in the background (stamp scans and
 *   shoppers' reports, which are not API writes of an office, are picked up that way);
 * - the daily job and `ocop stats refresh` recompute everything.
 * Only one refresh runs at a time per process (and one per database: advisory lock).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../../../db/database';
import {
  findRefreshState,
  markStatisticsStale,
} from '../../../db/repositories/statistics-refresh.repository';
import { pathIds } from '../../../domain/access/unit-path';
import type { AppDependencies } from '../../context';
import { refreshStatistics } from './refresh-statistics';

/** A read of figures stale for longer than this starts a background refresh. */
export const STALE_READ_REFRESH_MS = 10 * 60_000;
/** More provinces than this waiting: refresh the nation at once. */
const MAX_PROVINCES_PER_REFRESH = 3;
const DEFAULT_DELAY_MS = 2000;

type Pending = 'all' | Set<string>;

export class StatisticsRefresher {
  private pending: Pending | null = null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private isStopped = false;

  constructor(
    private readonly options: {
      db: () => Database;
      clock: () => Date;
      delayMs: number | null;
      onError: (error: unknown) => void;
    },
  ) {}

  /** Records that `provinceIds` (or everything) changed, and schedules a refresh. */
  changed(scope: 'all' | readonly string[]): void {
    if (this.isStopped) return;
    if (scope === 'all' || this.pending === 'all') this.pending = 'all';
    else {
      const set = this.pending ?? new Set<string>();
      for (const id of scope) set.add(id);
      this.pending = set.size > MAX_PROVINCES_PER_REFRESH ? 'all' : set;
    }
    if (this.options.delayMs === null || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.options.delayMs);
    this.timer.unref();
  }

  /** Starts a full refresh in the background unless one is already running or queued. */
  refreshInBackground(): void {
    if (this.isStopped || this.running) return;
    this.pending = 'all';
    void this.flush();
  }

  /** Runs what is pending now (after the refresh in progress, if any). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    const pending = this.pending;
    if (pending === null || this.isStopped) return;
    this.pending = null;
    this.running = this.run(pending).finally(() => {
      this.running = undefined;
    });
    await this.running;
  }

  /** Refreshes `provinceId` (or the nation) now, waiting for the refresh in progress first. */
  async refreshNow(provinceId?: string): Promise<number> {
    while (this.running) await this.running;
    let duration = 0;
    const task = (async () => {
      ({ durationMs: duration } = await refreshStatistics({
        db: this.options.db(),
        now: this.options.clock(),
        provinceId,
      }));
    })();
    this.running = task.finally(() => {
      this.running = undefined;
    });
    await this.running;
    return duration;
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running.catch(() => undefined);
  }

  private async run(pending: Pending): Promise<void> {
    try {
      const db = this.options.db();
      const now = this.options.clock();
      const hasRefreshed = (await findRefreshState(db)) !== undefined;
      if (pending === 'all' || !hasRefreshed) await refreshStatistics({ db, now });
      else for (const provinceId of pending) await refreshStatistics({ db, now, provinceId });
    } catch (error) {
      this.options.onError(error);
    }
  }
}

const refreshers = new WeakMap<AppDependencies, StatisticsRefresher>();

/** The refresher of the app (one per app instance). */
export function statisticsRefresherOf(deps: AppDependencies): StatisticsRefresher {
  const existing = refreshers.get(deps);
  if (existing) return existing;
  const refresher = new StatisticsRefresher({
    db: () => deps.database.db,
    clock: deps.clock,
    delayMs:
      deps.config.statisticsRefreshDelayMs === undefined
        ? DEFAULT_DELAY_MS
        : deps.config.statisticsRefreshDelayMs,
    onError: () => undefined,
  });
  refreshers.set(deps, refresher);
  return refresher;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The provinces of the writer's grants; 'all' for a grant at the nation (or none). */
function provincesOfWriter(grantPaths: readonly string[]): 'all' | string[] {
  const provinces = new Set<string>();
  for (const path of grantPaths) {
    const province = pathIds(path)[1];
    if (!province) return 'all';
    provinces.add(province);
  }
  return provinces.size ? [...provinces] : 'all';
}

/** Marks the figures stale after every successful API write and schedules the refresh. */
export const statisticsWriteHook = fp(async (app: FastifyInstance) => {
  const refresher = statisticsRefresherOf(app.deps);
  app.addHook('onResponse', async (request, reply) => {
    if (!WRITE_METHODS.has(request.method) || reply.statusCode >= 400) return;
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/v1/auth/')) return;
    if (request.url.startsWith('/api/v1/statistics')) return;
    await markStatisticsStale(app.deps.database.db, app.deps.clock()).catch(() => undefined);
    const grants = request.actor?.grants.map((grant) => grant.unitPath) ?? [];
    if (grants.length === 0) return;
    refresher.changed(provincesOfWriter(grants));
  });
  app.addHook('onClose', async () => refresher.stop());
});
