/**
 * In-process cache of the public look-ups (stamp resolver, certificate page) so that a shelf full
 * of shoppers scanning the same stamps costs one indexed query per entry and TTL, not one per scan.
 *
 * Freshness rules:
 * - any successful write through this process's API (POST/PUT/PATCH/DELETE answered < 400:
 *   revoking a certificate, deactivating a stamp, a decision, a correction…) empties the caches
 *   before the answer leaves, so the change is visible to the very next public request (the
 *   catalogue snapshot is marked stale and reloaded by its next reader);
 * - the scan recorder replaces the counters of the stamps it has just counted (scan count,
 *   "possible copy" flag);
 * - everything else (a write by another process or the CLI) is visible after the TTL.
 * A look-up that started before an invalidation is cancelled and not stored, so a slow query
 * cannot put a stale answer back.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import type { AppDependencies } from '../context';
import type { ResolvedStamp } from '../modules/stamps/resolve-stamp';
import { CatalogueSnapshot } from './catalogue-snapshot';
import type { CertificateLookup } from './certificate-lookup';
import { readDatabaseOf } from '../cluster/read-database';

/** Seconds a cached public answer may lag behind a write made by another process. */
export const PUBLIC_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;
/** Look-ups started again after an invalidation cancelled the one a request was waiting for. */
const MAX_RETRIES = 2;

/** lru-cache stores no `null`/`undefined`: values are boxed (a new box per stored value). */
interface Box<V> {
  value: V;
}

/**
 * A TTL + LRU cache (lru-cache, `ttl` + `fetchMethod`) with whole-cache invalidation. Loads are
 * single-flight per key: when an entry is dropped under load, the 50 requests waiting for it share
 * one query instead of queueing 50 on the connection pool. An invalidation cancels the loads in
 * flight (they may have read what was just changed): their result is not stored, and the requests
 * waiting for them start one new shared load.
 */
export class LookupCache<V> {
  private readonly cache: LRUCache<string, Box<V>, () => Promise<V>>;
  /** Keys being loaded right now (cancelled by `updateWhere`). */
  private readonly loading = new Set<string>();
  /** Bumped by every invalidation: a load that failed across one is retried, not reported. */
  private generation = 0;

  constructor(options: { ttlMs: number; maxEntries: number; nowMs?: () => number }) {
    this.cache = new LRUCache<string, Box<V>, () => Promise<V>>({
      max: options.maxEntries,
      ttl: options.ttlMs,
      // A clock of the caller's (tests) is read on every check, not once a millisecond.
      ...(options.nowMs ? { perf: { now: options.nowMs }, ttlResolution: 0 } : {}),
      fetchMethod: async (key, _stale, { context }) => {
        this.loading.add(key);
        try {
          return { value: await context() };
        } finally {
          this.loading.delete(key);
        }
      },
    });
  }

  /** The cached value, or loads (once for all concurrent callers), stores and returns it. */
  async getOrLoad(key: string, load: () => Promise<V>): Promise<V> {
    for (let attempt = 0; attempt <= MAX_RETRIES; attempt += 1) {
      const generation = this.generation;
      try {
        const box = await this.cache.fetch(key, { context: load });
        if (box) return box.value;
      } catch (error) {
        // A load error is the caller's; a load cancelled by an invalidation is started again.
        if (generation === this.generation) throw error;
      }
    }
    // Invalidated again and again while loading: answer from a load of our own, not stored.
    return load();
  }

  /** The value cached and still fresh for `key`, without loading it. */
  peek(key: string): V | undefined {
    return this.cache.get(key)?.value;
  }

  /** Forgets everything (and anything being loaded right now). */
  clear(): void {
    this.generation += 1;
    this.cache.clear();
  }

  /**
   * Replaces the values `update` returns a new value for (others stay), keeping their expiry; a
   * look-up in flight is cancelled and not stored, as it may have read the old value.
   */
  updateWhere(update: (value: V) => V | undefined): void {
    this.generation += 1;
    for (const key of [...this.loading]) this.cache.delete(key);
    const replaced: [string, V][] = [];
    for (const [key, box] of this.cache.entries()) {
      const next = update(box.value);
      if (next !== undefined) replaced.push([key, next]);
    }
    for (const [key, value] of replaced) {
      const ttl = this.cache.getRemainingTTL(key);
      if (ttl > 0) this.cache.set(key, { value }, { ttl });
    }
  }

  get size(): number {
    return this.cache.size;
  }
}

export interface PublicCaches {
  /** Keyed by the normalised stamp key; `null` caches "nothing known". */
  stamps: LookupCache<ResolvedStamp | null>;
  /** Keyed by the certificate number; `null` caches "no such certificate". */
  certificates: LookupCache<CertificateLookup | null>;
  /** The catalogue in memory (marked stale, not emptied, by `clear`). */
  catalogue: CatalogueSnapshot;
  clear(): void;
}

const caches = new WeakMap<object, PublicCaches>();

/** The app's public caches (keyed by its dependencies object, shared by every plugin scope). */
export function publicCachesOf(deps: AppDependencies): PublicCaches {
  let found = caches.get(deps);
  if (!found) {
    const options = { ttlMs: PUBLIC_CACHE_TTL_MS, maxEntries: MAX_ENTRIES };
    const stamps = new LookupCache<ResolvedStamp | null>(options);
    const certificates = new LookupCache<CertificateLookup | null>(options);
    const catalogue = new CatalogueSnapshot(() => readDatabaseOf(deps));
    const clear = () => {
      stamps.clear();
      certificates.clear();
      catalogue.invalidate();
    };
    found = { stamps, certificates, catalogue, clear };
    caches.set(deps, found);
  }
  return found;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Frequent writes that never change what the public pages show (autosaves, sign-ins, reading
 * notifications, dry runs): they leave the caches warm, so a council scoring session or a producer
 * typing a dossier does not make every shopper's next scan wait for a reload.
 */
export const WRITES_INVISIBLE_TO_THE_PUBLIC: ReadonlySet<string> = new Set([
  'login',
  'logout',
  'logoutEverywhere',
  'changePassword',
  'createApiToken',
  'revokeApiToken',
  'saveScoreSheetDraft',
  'updateDossierDraft',
  'markNotificationRead',
  'markAllNotificationsRead',
  'importProducersDryRun',
  'declareConflict',
]);

function operationIdOf(request: FastifyRequest): string | undefined {
  return request.routeOptions.schema?.operationId;
}

/**
 * Empties the public caches when a write succeeds, before its answer is sent (so a client that
 * revokes and then verifies sees the revocation). Registered without encapsulation, ahead of the
 * business modules, so it sees every module's writes.
 */
export const publicCacheInvalidation = fp(
  async (app: FastifyInstance) => {
    app.addHook('onSend', async (request, reply) => {
      if (READ_METHODS.has(request.method) || reply.statusCode >= 400) return;
      const operationId = operationIdOf(request);
      if (operationId !== undefined && WRITES_INVISIBLE_TO_THE_PUBLIC.has(operationId)) return;
      publicCachesOf(app.deps).clear();
    });
  },
  { name: 'public-cache-invalidation' },
);
