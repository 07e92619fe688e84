/**
 * In-process cache of the public look-ups (stamp resolver, certificate page) so that a shelf full
 * of shoppers scanning the same stamps costs one indexed query per entry and TTL, not one per scan.
 *
 * Freshness rules:
 * - any successful write through this process's API (POST/PUT/PATCH/DELETE answered < 400:
 *   revoking a certificate, deactivating a stamp, a decision, a correction…) empties the caches
 *   before the answer leaves, so the change is visible to the very next public request (the
 *   catalogue snapshot is marked stale and reloaded by its next reader);
 * - the scan recorder drops the entries of the stamps it has just counted (scan count, "possible
 *   copy" flag);
 * - everything else (a write by another process or the CLI) is visible after the TTL.
 * A look-up that started before an invalidation is not stored (generation check), so a slow query
 * cannot put a stale answer back.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppDependencies } from '../context';
import type { ResolvedStamp } from '../modules/stamps/resolve-stamp';
import { CatalogueSnapshot } from './catalogue-snapshot';
import type { CertificateLookup } from './certificate-lookup';

/** Seconds a cached public answer may lag behind a write made by another process. */
export const PUBLIC_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/**
 * A small TTL map with whole-cache invalidation and a generation counter. Loads are single-flight
 * per key: when an entry is dropped under load, the 50 requests waiting for it share one query
 * instead of queueing 50 on the connection pool.
 */
export class LookupCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly loading = new Map<string, { generation: number; promise: Promise<V> }>();
  private generation = 0;

  constructor(private readonly options: { ttlMs: number; maxEntries: number; nowMs?: () => number }) {}

  private now(): number {
    return (this.options.nowMs ?? performance.now.bind(performance))();
  }

  /** The cached value, or computes, stores (unless invalidated meanwhile) and returns it. */
  async getOrLoad(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    const now = this.now();
    if (hit && hit.expiresAt > now) return hit.value;
    const inFlight = this.loading.get(key);
    if (inFlight && inFlight.generation === this.generation) return inFlight.promise;
    const generation = this.generation;
    const promise = load().finally(() => {
      if (this.loading.get(key)?.promise === promise) this.loading.delete(key);
    });
    this.loading.set(key, { generation, promise });
    const value = await promise;
    if (generation === this.generation) {
      if (this.entries.size >= this.options.maxEntries) this.entries.clear();
      this.entries.set(key, { value, expiresAt: now + this.options.ttlMs });
    }
    return value;
  }

  /** Forgets everything (and anything being loaded right now). */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /**
   * Replaces the values `update` returns a new value for (others stay), keeping their expiry; a
   * look-up in flight is not stored, as it may have read the old value.
   */
  updateWhere(update: (value: V) => V | undefined): void {
    this.generation += 1;
    for (const entry of this.entries.values()) {
      const next = update(entry.value);
      if (next !== undefined) entry.value = next;
    }
  }

  get size(): number {
    return this.entries.size;
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
    const catalogue = new CatalogueSnapshot(() => deps.database.db);
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
