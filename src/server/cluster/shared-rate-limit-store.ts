import type { Database, DatabaseHandle } from '../../db/database';
import { countRateLimitHit, sweepSharedThrottles } from '../../db/repositories/shared-throttle.repository';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** How often (in counted requests) ended windows are swept from the table. */
const SWEEP_EVERY = 5_000;

/** What @fastify/rate-limit passes to a store for a route: its method and URL name the counters. */
interface RouteParams {
  routeInfo?: { method?: string | string[]; url?: string };
}

/**
 * A `@fastify/rate-limit` store counting in PostgreSQL (table `shared_rate_limits`), so a limit
 * of 120 a minute is 120 a minute for the whole deployment, not per process. Fixed windows per key
 * and route; `continueExceeding` and exponential back-off are not supported (no route uses them).
 */
export function sharedRateLimitStore(db: Database): new (params: RouteParams) => object {
  let counted = 0;
  class SharedRateLimitStore {
    private readonly prefix: string;

    /** The plugin constructs the store with its global parameters; `child` passes a prefix. */
    constructor(params?: RouteParams | string) {
      this.prefix = typeof params === 'string' ? params : '';
    }

    incr(key: string, callback: Callback, timeWindow: number, _max: number): void {
      const nowMs = Date.now();
      countRateLimitHit(db, { key: `${this.prefix}${key}`, nowMs, windowMs: timeWindow })
        .then(async ({ hits, windowStartedMs }) => {
          counted += 1;
          if (counted % SWEEP_EVERY === 0) await sweepSharedThrottles(db, new Date(nowMs));
          callback(null, { current: hits, ttl: Math.max(0, windowStartedMs + timeWindow - nowMs) });
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    }

    child(params: RouteParams): SharedRateLimitStore {
      const method = [params.routeInfo?.method ?? ''].flat().join(',');
      return new SharedRateLimitStore(`${this.prefix}${method}${params.routeInfo?.url ?? ''}:`);
    }
  }
  return SharedRateLimitStore;
}

/**
 * Options for `@fastify/rate-limit`: on PostgreSQL the shared store above; on PGlite (one
 * process) the plugin's own memory store.
 */
export function sharedRateLimitOptions(database: DatabaseHandle): {
  store?: new (params: RouteParams) => object;
} {
  return database.kind === 'postgres' ? { store: sharedRateLimitStore(database.db) } : {};
}
