/**
 * The catalogue in memory: every certified product with its live certificate, loaded by one query
 * and searched in process. 50,000 products fit in a few tens of megabytes and are filtered in a few
 * milliseconds, on PGlite and PostgreSQL alike. In SQL the cost was not the `like` (which a
 * pg_trgm index could serve) but joining every match to its live certificate, sorting by issue
 * date and counting; here the entries are kept in display order and counted in memory.
 *
 * Freshness: a write through this process marks the snapshot stale and the next reader waits for
 * the reload; otherwise the snapshot is reloaded in the background once older than the TTL, so a
 * write made by another process shows within a minute. Loads are single-flight.
 */
import type { Database } from '../../db/database';
import { loadCatalogueEntries, type CatalogueEntry } from './catalogue-query';

export const CATALOGUE_TTL_MS = 60_000;

export class CatalogueSnapshot {
  private entries: CatalogueEntry[] | undefined;
  private loadedAt = 0;
  /** Bumped by every invalidation; the snapshot is fresh when it was loaded at the current one. */
  private generation = 0;
  private loadedGeneration = -1;
  private loading: { generation: number; promise: Promise<CatalogueEntry[]> } | undefined;

  constructor(
    private readonly db: () => Database,
    private readonly options: { ttlMs: number; nowMs?: () => number } = { ttlMs: CATALOGUE_TTL_MS },
  ) {}

  private now(): number {
    return (this.options.nowMs ?? performance.now.bind(performance))();
  }

  /** The current entries, newest certificate first (see loadCatalogueEntries). */
  async get(): Promise<CatalogueEntry[]> {
    if (this.entries && this.loadedGeneration === this.generation) {
      if (this.now() - this.loadedAt > this.options.ttlMs) void this.reload().catch(() => undefined);
      return this.entries;
    }
    return this.reload();
  }

  /** A write changed public data: the next reader gets a snapshot loaded after it. */
  invalidate(): void {
    this.generation += 1;
  }

  private reload(): Promise<CatalogueEntry[]> {
    if (this.loading?.generation === this.generation) return this.loading.promise;
    const generation = this.generation;
    const startedAt = this.now();
    const promise = loadCatalogueEntries(this.db())
      .then((entries) => {
        if (generation >= this.loadedGeneration) {
          this.entries = entries;
          this.loadedAt = startedAt;
          this.loadedGeneration = generation;
        }
        return entries;
      })
      .finally(() => {
        if (this.loading?.promise === promise) this.loading = undefined;
      });
    this.loading = { generation, promise };
    return promise;
  }
}
