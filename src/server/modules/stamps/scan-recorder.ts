import { createHash } from 'node:crypto';
import { and, gte, inArray, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../../db/database';
import { scanEvents, stamps } from '../../../db/schema';
import { coarseNetworkOf, DEFAULT_CLONE_SETTINGS, judgeCloneCounts, userAgentClassOf, type CloneSettings } from '../../../domain/stamps/clone-detection';
import type { AppConfig } from '../../config';

export interface ScanInput {
  serial: string;
  batchId: string;
  at: Date;
  ip: string;
  userAgent: string | undefined;
}

/** Clone thresholds of a deployment (`cloneSettings` in the configuration) or the defaults. */
export function cloneSettingsOf(config: AppConfig): CloneSettings {
  const configured = (config as AppConfig & { cloneSettings?: Partial<CloneSettings> }).cloneSettings;
  return { ...DEFAULT_CLONE_SETTINGS, ...configured };
}

/**
 * The hash of a client's coarse network (IPv4 /24, IPv6 /48), salted so the stored value cannot
 * be reversed by enumerating networks. Nothing more precise about the client is ever kept.
 */
export function networkHashOf(ip: string, salt: string): string {
  return createHash('sha256').update(salt).update('\n').update(coarseNetworkOf(ip)).digest('hex').slice(0, 24);
}

/**
 * Records scans without making the shopper wait: `record` only queues; a timer (or a full queue)
 * writes the queue as one multi-row insert, bumps the stamps' counters and re-evaluates the clone
 * rule for the stamps just scanned. Write errors are logged, never shown to the shopper.
 */
export class ScanRecorder {
  private queue: (typeof scanEvents.$inferInsert)[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly options: { salt: string; settings: CloneSettings; log: FastifyBaseLogger; flushMs?: number; maxQueue?: number },
  ) {}

  record(scan: ScanInput): void {
    this.queue.push({ serial: scan.serial, batchId: scan.batchId, scannedAt: scan.at, networkHash: networkHashOf(scan.ip, this.options.salt), userAgentClass: userAgentClassOf(scan.userAgent) });
    if (this.queue.length >= (this.options.maxQueue ?? 500)) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.options.flushMs ?? 100);
  }

  /** Writes everything queued so far (tests and shutdown await it). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const events = this.queue;
    this.queue = [];
    this.flushing = this.flushing.then(() => (events.length ? this.write(events) : undefined)).catch((error: unknown) => this.options.log.error({ err: error, lost: events.length }, 'scan events could not be recorded'));
    await this.flushing;
  }

  private async write(events: (typeof scanEvents.$inferInsert)[]): Promise<void> {
    const settings = this.options.settings;
    const serials = [...new Set(events.map((e) => e.serial))];
    const latest = events.reduce((max, e) => (e.scannedAt > max ? e.scannedAt : max), events[0]!.scannedAt);
    await this.db.transaction(async (tx) => {
      await tx.insert(scanEvents).values(events);
      const counts = serials.map((serial) => {
        const own = events.filter((e) => e.serial === serial);
        return { serial, n: own.length, first: own[0]!.scannedAt.toISOString(), last: own.at(-1)!.scannedAt.toISOString() };
      });
      const values = sql.join(counts.map((c) => sql`(${c.serial}, ${c.n}::int, ${c.first}::timestamptz, ${c.last}::timestamptz)`), sql`, `);
      await tx.execute(sql`update stamps set scan_count = stamps.scan_count + v.n, first_scanned_at = coalesce(stamps.first_scanned_at, v.first), last_scanned_at = greatest(stamps.last_scanned_at, v.last) from (values ${values}) as v(serial, n, first, last) where stamps.serial = v.serial`);
      const since = new Date(latest.getTime() - settings.windowHours * 3_600_000);
      const windows = await tx
        .select({ serial: scanEvents.serial, scansInWindow: sql<number>`count(*)::int`, distinctNetworks: sql<number>`count(distinct ${scanEvents.networkHash})::int` })
        .from(scanEvents)
        .where(and(inArray(scanEvents.serial, serials), gte(scanEvents.scannedAt, since)))
        .groupBy(scanEvents.serial);
      const flagged = windows.filter((w) => judgeCloneCounts(w, settings).isPossibleCopy).map((w) => w.serial);
      if (flagged.length) await tx.update(stamps).set({ isPossibleCopy: true }).where(inArray(stamps.serial, flagged));
    });
  }
}

/** The salt of network hashes: `SCAN_HASH_SALT` when set (set it in production), else derived from the public URL. */
export function scanHashSaltOf(config: AppConfig): string {
  return process.env.SCAN_HASH_SALT ?? `ocop-scan:${config.publicBaseUrl}`;
}

const recorders = new WeakMap<object, ScanRecorder>();

/** The app's one scan recorder (keyed by its dependencies object, shared by every plugin scope). */
export function scanRecorderOf(deps: { database: { db: Database }; config: AppConfig }, log: FastifyBaseLogger): ScanRecorder {
  let recorder = recorders.get(deps);
  if (!recorder) {
    recorder = new ScanRecorder(deps.database.db, { salt: scanHashSaltOf(deps.config), settings: cloneSettingsOf(deps.config), log });
    recorders.set(deps, recorder);
  }
  return recorder;
}
