import { createHash } from 'node:crypto';
import { and, gte, inArray, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import { queryRows, type Database } from '../../../db/database';
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

declare module '../../config' {
  interface AppConfig {
    /** Clone-detection thresholds of this deployment; omitted ones keep DEFAULT_CLONE_SETTINGS. */
    cloneSettings?: Partial<CloneSettings>;
  }
}

/** What a deployment may set: whole, positive numbers within sane bounds (checked at start-up). */
export const CloneSettingsSchema = z
  .object({
    windowHours: z.number().int().min(1).max(24 * 90),
    maxDistinctNetworks: z.number().int().min(1).max(10_000),
    maxScansInWindow: z.number().int().min(1).max(1_000_000),
  })
  .strict()
  .partial();

/**
 * Clone thresholds of a deployment (`cloneSettings` in the configuration) merged over the
 * defaults. Throws a readable error naming each bad field, so a wrong setting stops the server at
 * start-up instead of silently flagging (or never flagging) stamps.
 */
export function cloneSettingsOf(config: AppConfig): CloneSettings {
  const parsed = CloneSettingsSchema.safeParse(config.cloneSettings ?? {});
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  cloneSettings.${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Cấu hình phát hiện tem sao chép không hợp lệ / invalid clone-detection settings:\n${lines.join('\n')}`);
  }
  return { ...DEFAULT_CLONE_SETTINGS, ...parsed.data };
}

/**
 * The hash of a client's coarse network (IPv4 /24, IPv6 /48), salted so the stored value cannot
 * be reversed by enumerating networks. Nothing more precise about the client is ever kept.
 */
export function networkHashOf(ip: string, salt: string): string {
  return createHash('sha256').update(salt).update('\n').update(coarseNetworkOf(ip)).digest('hex').slice(0, 24);
}

type ScanEventRow = typeof scanEvents.$inferInsert;

/** A stamp's counters right after a batch of its scans was written (what the resolver page shows). */
export interface StampScanState {
  serial: string;
  scanCount: number;
  /** UTC, `YYYY-MM-DDTHH:MM:SSZ`, as the resolver's look-up returns it. */
  firstScannedAt: string | null;
  isPossibleCopy: boolean;
}

/**
 * Records scans without making the shopper wait: `record` only queues; a timer (every `flushMs`)
 * or a full batch (`maxBatch`) writes the queue as one multi-row insert, bumps the stamps'
 * counters and re-evaluates the clone rule for the stamps just scanned — one transaction per
 * batch, so a batch is counted whole or not at all.
 *
 * Durability: queued scans live in memory for at most `flushMs` (100 ms). A batch whose write fails
 * (database briefly unreachable) goes back to the head of the queue and is retried on the next
 * flush, up to `maxQueued` scans (older ones are then dropped and the loss is logged). `close()`
 * (called when the server shuts down on SIGTERM/SIGINT) writes everything still queued. A crash
 * (power loss, SIGKILL) loses at most the scans of the last `flushMs` — the batch in flight.
 * Write errors are logged, never shown to the shopper.
 */
export class ScanRecorder {
  private queue: ScanEventRow[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private readonly listeners: ((states: StampScanState[]) => void)[] = [];
  private isClosed = false;

  constructor(
    private readonly db: Database,
    private readonly options: { salt: string; settings: CloneSettings; log: FastifyBaseLogger; flushMs?: number; maxBatch?: number; maxQueued?: number },
  ) {}

  /** Network hashes of recent client addresses: a busy shelf is scanned from the same few networks. */
  private readonly networkHashes = new Map<string, string>();

  private networkHashOf(ip: string): string {
    let hash = this.networkHashes.get(ip);
    if (hash === undefined) {
      if (this.networkHashes.size >= 10_000) this.networkHashes.clear();
      hash = networkHashOf(ip, this.options.salt);
      this.networkHashes.set(ip, hash);
    }
    return hash;
  }

  /** Queues one scan; never waits and never throws. */
  record(scan: ScanInput): void {
    this.queue.push({ serial: scan.serial, batchId: scan.batchId, scannedAt: scan.at, networkHash: this.networkHashOf(scan.ip), userAgentClass: userAgentClassOf(scan.userAgent) });
    if (this.isClosed || this.queue.length >= (this.options.maxBatch ?? 500)) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.options.flushMs ?? 100);
  }

  /**
   * Called once a batch is written, with the new counters of its stamps (the public cache updates
   * its entries in place instead of reloading them).
   */
  onWritten(listener: (states: StampScanState[]) => void): void {
    this.listeners.push(listener);
  }

  /** Scans queued and not yet written. */
  get pending(): number {
    return this.queue.length;
  }

  /** Writes everything queued so far (tests and shutdown await it). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.flushing = this.flushing.then(() => this.writeQueued());
    await this.flushing;
  }

  /** Final flush on shutdown: later scans are written at once instead of waiting for a timer. */
  async close(): Promise<void> {
    this.isClosed = true;
    await this.flush();
  }

  private async writeQueued(): Promise<void> {
    const events = this.queue;
    this.queue = [];
    if (events.length === 0) return;
    let states: StampScanState[];
    try {
      states = await this.write(events);
    } catch (error) {
      this.requeue(events, error);
      return;
    }
    for (const listener of this.listeners) listener(states);
  }

  private requeue(events: ScanEventRow[], error: unknown): void {
    const maxQueued = this.options.maxQueued ?? 50_000;
    const kept = [...events, ...this.queue];
    const lost = Math.max(0, kept.length - maxQueued);
    this.queue = kept.slice(lost);
    this.options.log.error({ err: error, retrying: this.queue.length, lost }, 'scan events could not be recorded; retrying on the next flush');
    if (!this.isClosed) this.timer ??= setTimeout(() => void this.flush(), Math.max(1_000, this.options.flushMs ?? 100));
  }

  private async write(events: ScanEventRow[]): Promise<StampScanState[]> {
    const settings = this.options.settings;
    const serials = [...new Set(events.map((e) => e.serial))];
    const latest = events.reduce((max, e) => (e.scannedAt > max ? e.scannedAt : max), events[0]!.scannedAt);
    return this.db.transaction(async (tx) => {
      // One JSON parameter instead of five bound parameters per row: far less work for the
      // client and the server when a batch holds hundreds of scans.
      const rows = events.map((e) => ({ serial: e.serial, batch_id: e.batchId, scanned_at: e.scannedAt.toISOString(), network_hash: e.networkHash, user_agent_class: e.userAgentClass }));
      await tx.execute(sql`insert into scan_events (serial, batch_id, scanned_at, network_hash, user_agent_class)
        select serial, batch_id, scanned_at, network_hash, user_agent_class
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(serial text, batch_id uuid, scanned_at timestamptz, network_hash text, user_agent_class text)`);
      const counts = serials.map((serial) => {
        const own = events.filter((e) => e.serial === serial);
        return { serial, n: own.length, first: own[0]!.scannedAt.toISOString(), last: own.at(-1)!.scannedAt.toISOString() };
      });
      const values = sql.join(counts.map((c) => sql`(${c.serial}, ${c.n}::int, ${c.first}::timestamptz, ${c.last}::timestamptz)`), sql`, `);
      // Only stamps not yet flagged are re-judged: a flag is never lifted automatically, and a
      // copied stamp scanned thousands of times would otherwise be recounted on every batch.
      const updated = await queryRows<StampScanState>(
        tx,
        sql`update stamps set scan_count = stamps.scan_count + v.n, first_scanned_at = coalesce(stamps.first_scanned_at, v.first), last_scanned_at = greatest(stamps.last_scanned_at, v.last)
          from (values ${values}) as v(serial, n, first, last) where stamps.serial = v.serial
          returning stamps.serial, stamps.scan_count as "scanCount", to_char(stamps.first_scanned_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "firstScannedAt", stamps.is_possible_copy as "isPossibleCopy"`,
      );
      const states = updated.map((row) => ({ ...row, scanCount: Number(row.scanCount) }));
      const unflagged = states.filter((row) => !row.isPossibleCopy).map((row) => row.serial);
      if (unflagged.length === 0) return states;
      const since = new Date(latest.getTime() - settings.windowHours * 3_600_000);
      const windows = await tx
        .select({ serial: scanEvents.serial, scansInWindow: sql<number>`count(*)::int`, distinctNetworks: sql<number>`count(distinct ${scanEvents.networkHash})::int` })
        .from(scanEvents)
        .where(and(inArray(scanEvents.serial, unflagged), gte(scanEvents.scannedAt, since)))
        .groupBy(scanEvents.serial);
      const flagged = windows.filter((w) => judgeCloneCounts(w, settings).isPossibleCopy).map((w) => w.serial);
      if (flagged.length === 0) return states;
      await tx.update(stamps).set({ isPossibleCopy: true }).where(inArray(stamps.serial, flagged));
      const isFlagged = new Set(flagged);
      return states.map((row) => (isFlagged.has(row.serial) ? { ...row, isPossibleCopy: true } : row));
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
