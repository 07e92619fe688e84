/**
 * The scan path's rate-limit store on PostgreSQL: deployment-wide counts without a database round
 * trip per scan. Each request is counted in memory and judged at once on the last known
 * deployment-wide count of its network plus this process's hits since; every `flushMs` (200 ms) the
 * hits of all networks are added to the shared counters (`shared_rate_limits`, the rows and fixed
 * windows every process uses) in one statement, which returns the new totals.
 *
 * On PGlite (one process) there is nothing to share: `db` is null and the counts stay in memory.
 * `hit` counts a request synchronously under the same counter as the route's limiter, for the front
 * door (front-door.ts), which answers repeated scans before the framework runs.
 *
 * Exactness: within one process a limit is exact; across N processes a network may get up to one
 * flush interval of extra requests per process before all of them refuse (at two scans a second,
 * far below one more request). A flush that fails keeps its hits for the next one; shutdown may
 * lose the last interval's counts, which only makes a limit briefly more lenient.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/database';
import { addRateLimitHits } from '../../db/repositories/rate-limit-batch.repository';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** What @fastify/rate-limit passes to `child` for a route: its method and URL name the counters. */
interface RouteParams {
  routeInfo?: { method?: string | string[]; url?: string };
}

interface Counter {
  windowMs: number;
  windowStartedMs: number;
  /** The deployment-wide count of this window as last read from the database. */
  shared: number;
  /** Hits of this process being written right now. */
  writing: number;
  /** Hits of this process not yet written. */
  pending: number;
}

/** Networks tracked at once; beyond it, ended windows are forgotten first, then everything. */
const MAX_COUNTERS = 100_000;

/** The prefix of a route's counters: @fastify/rate-limit names them by the route's method and URL. */
export function routeCounterPrefix(
  method: string | readonly string[] | undefined,
  url: string | undefined,
): string {
  return `${[method ?? ''].flat().join(',')}${url ?? ''}:`;
}

export interface RateLimitStore {
  /** The store class given to @fastify/rate-limit. */
  Store: new (params?: RouteParams | string) => object;
  /** Counts one request under `name` (route prefix + key) and says the window's count and time left. */
  hit(name: string, windowMs: number): { current: number; ttl: number };
  /** Writes the hits not yet shared (shutdown and tests). */
  flush: () => Promise<void>;
}

export function batchedRateLimitStore(
  db: Database | null,
  options: { flushMs?: number; log?: FastifyBaseLogger; nowMs?: () => number } = {},
): RateLimitStore {
  const flushMs = options.flushMs ?? 200;
  const now = options.nowMs ?? Date.now;
  const counters = new Map<string, Counter>();
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();

  const forgetEnded = (at: number) => {
    for (const [key, c] of counters)
      if ((c.pending === 0 || !db) && c.writing === 0 && c.windowStartedMs + c.windowMs <= at)
        counters.delete(key);
  };

  async function write(): Promise<void> {
    if (!db) return;
    const at = now();
    const batch: { key: string; hits: number; windowMs: number }[] = [];
    for (const [key, c] of counters)
      if (c.pending > 0) {
        batch.push({ key, hits: c.pending, windowMs: c.windowMs });
        c.writing = c.pending;
        c.pending = 0;
      }
    if (batch.length === 0) return forgetEnded(at);
    try {
      const totals = await addRateLimitHits(db, at, batch);
      for (const { key } of batch) {
        const c = counters.get(key);
        const total = totals.get(key);
        if (!c || !total) continue;
        c.writing = 0;
        c.shared = total.hits;
        c.windowStartedMs = total.windowStartedMs;
      }
    } catch (error) {
      for (const { key } of batch) {
        const c = counters.get(key);
        if (c) {
          c.pending += c.writing;
          c.writing = 0;
        }
      }
      options.log?.warn({ err: error }, 'scan rate-limit counts could not be shared; retrying');
      schedule();
    }
    forgetEnded(now());
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    flushing = flushing.then(write);
    return flushing;
  }

  function schedule(): void {
    if (timer || !db) return;
    timer = setTimeout(() => void flush(), flushMs);
    timer.unref();
  }

  class BatchedStore {
    private readonly prefix: string;

    /** The plugin constructs the store with its global parameters; `child` passes a prefix. */
    constructor(params?: RouteParams | string) {
      this.prefix = typeof params === 'string' ? params : '';
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      callback(null, hit(`${this.prefix}${key}`, timeWindow));
    }

    child(params: RouteParams): BatchedStore {
      return new BatchedStore(
        `${this.prefix}${routeCounterPrefix(params.routeInfo?.method, params.routeInfo?.url)}`,
      );
    }
  }

  function hit(name: string, windowMs: number): { current: number; ttl: number } {
    const at = now();
    let c = counters.get(name);
    // A new network, or its window has ended (hits of an ended window are not carried over).
    if (!c || (c.windowStartedMs + c.windowMs <= at && c.writing === 0)) {
      if (!c && counters.size >= MAX_COUNTERS) {
        forgetEnded(at);
        if (counters.size >= MAX_COUNTERS) counters.clear();
      }
      c = { windowMs, windowStartedMs: at, shared: 0, writing: 0, pending: 0 };
      counters.set(name, c);
    }
    c.pending += 1;
    schedule();
    return {
      current: c.shared + c.writing + c.pending,
      ttl: Math.max(0, c.windowStartedMs + c.windowMs - at),
    };
  }

  return { Store: BatchedStore, hit, flush };
}
