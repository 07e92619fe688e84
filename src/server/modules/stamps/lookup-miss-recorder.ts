import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../../db/database';
import { addLookupMisses, type LookupMissCount } from '../../../db/repositories/stamps.repository';
import type { AppConfig } from '../../config';
import { networkHashOf, scanHashSaltOf } from './scan-recorder';

const HOUR_MS = 3_600_000;

/**
 * Counts, per coarse network (hashed), province and hour, the resolver look-ups of serials nobody
 * issued and the requests the per-network limit refused — what serial enumeration leaves behind —
 * in memory, and adds them to `stamp_lookup_misses` every `flushMs` (one upsert per network and
 * hour, never a row per request). A failed write keeps the counts for the next flush.
 */
export class LookupMissRecorder {
  private counts = new Map<string, LookupMissCount>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly options: { salt: string; log: FastifyBaseLogger; flushMs?: number },
  ) {}

  /** An unknown serial was looked up (`provinceUnitId`: of the product and lot named, when known). */
  recordMiss(miss: { ip: string; provinceUnitId: string | null; at: Date }): void {
    this.add(miss, 'misses');
  }

  /** A request was refused by the per-network limit. */
  recordThrottled(refusal: { ip: string; at: Date }): void {
    this.add({ ...refusal, provinceUnitId: null }, 'throttled');
  }

  private add(
    event: { ip: string; provinceUnitId: string | null; at: Date },
    field: 'misses' | 'throttled',
  ): void {
    const networkHash = networkHashOf(event.ip, this.options.salt);
    const hourStart = new Date(Math.floor(event.at.getTime() / HOUR_MS) * HOUR_MS).toISOString();
    const key = `${networkHash} ${event.provinceUnitId ?? ''} ${hourStart}`;
    const at = event.at.toISOString();
    const count = this.counts.get(key) ?? {
      networkHash,
      provinceUnitId: event.provinceUnitId,
      hourStart,
      misses: 0,
      throttled: 0,
      firstAt: at,
      lastAt: at,
    };
    count[field] += 1;
    if (at < count.firstAt) count.firstAt = at;
    if (at > count.lastAt) count.lastAt = at;
    this.counts.set(key, count);
    this.timer ??= setTimeout(() => void this.flush(), this.options.flushMs ?? 5_000).unref();
  }

  /** Writes the counts gathered so far (the office's list and shutdown await it). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.flushing = this.flushing.then(() => this.write());
    await this.flushing;
  }

  private async write(): Promise<void> {
    const counts = [...this.counts.values()];
    this.counts = new Map();
    if (counts.length === 0) return;
    try {
      await addLookupMisses(this.db, counts);
    } catch (error) {
      this.options.log.error(
        { err: error, networks: counts.length },
        'unknown-serial look-ups could not be recorded; retrying on the next flush',
      );
      for (const count of counts) {
        const key = `${count.networkHash} ${count.provinceUnitId ?? ''} ${count.hourStart}`;
        const newer = this.counts.get(key);
        this.counts.set(
          key,
          newer
            ? {
                ...count,
                misses: count.misses + newer.misses,
                throttled: count.throttled + newer.throttled,
                lastAt: newer.lastAt,
              }
            : count,
        );
      }
      this.timer ??= setTimeout(() => void this.flush(), this.options.flushMs ?? 5_000).unref();
    }
  }
}

const recorders = new WeakMap<object, LookupMissRecorder>();

/** The app's one look-up miss recorder (keyed by its dependencies object, shared by every plugin scope). */
export function lookupMissRecorderOf(
  deps: { database: { db: Database }; config: AppConfig },
  log: FastifyBaseLogger,
): LookupMissRecorder {
  let recorder = recorders.get(deps);
  if (!recorder) {
    recorder = new LookupMissRecorder(deps.database.db, { salt: scanHashSaltOf(deps.config), log });
    recorders.set(deps, recorder);
  }
  return recorder;
}
