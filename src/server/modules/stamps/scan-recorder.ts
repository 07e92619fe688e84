import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { Database } from '../../../db/database';
import {
  addStampScanCounts,
  countStampScanWindows,
  insertScanEvents,
  insertScanWindows,
  raiseStampCopyFlags,
  type ScanEventInsert,
  type ScanWindowRow,
  type StampScanState,
} from '../../../db/repositories/stamp-scans.repository';
import {
  coarseNetworkOf,
  coarseRegionOf,
  DEFAULT_CLONE_SETTINGS,
  judgeCloneCounts,
  recountPeriodStart,
  userAgentClassOf,
  type UserAgentClass,
  type CloneSettings,
} from '../../../domain/stamps/clone-detection';
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
    windowHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 90),
    maxDistinctNetworks: z.number().int().min(1).max(10_000),
    maxScansInWindow: z.number().int().min(1).max(1_000_000),
    recountAfterMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    publicWarningMinNetworks: z.number().int().min(2).max(10_000),
    publicWarningMinRegions: z.number().int().min(1).max(10_000),
  })
  .strict()
  .partial();

/** Rules across fields, checked on the merged settings (each names the field to change). */
const MergedCloneSettingsSchema = z
  .custom<CloneSettings>()
  .refine((s) => s.recountAfterMinutes <= s.windowHours * 60, {
    path: ['recountAfterMinutes'],
    message: 'must not exceed windowHours (in minutes)',
  })
  .refine((s) => s.publicWarningMinRegions <= s.publicWarningMinNetworks, {
    path: ['publicWarningMinRegions'],
    message: 'must not exceed publicWarningMinNetworks (a region holds at least one network)',
  });

/**
 * Clone thresholds of a deployment (`cloneSettings` in the configuration) merged over the
 * defaults. Throws a readable error naming each bad field, so a wrong setting stops the server at
 * start-up instead of silently flagging (or never flagging) stamps.
 */
export function cloneSettingsOf(config: AppConfig): CloneSettings {
  const parsed = CloneSettingsSchema.safeParse(config.cloneSettings ?? {});
  const merged = parsed.success
    ? MergedCloneSettingsSchema.safeParse({ ...DEFAULT_CLONE_SETTINGS, ...parsed.data })
    : parsed;
  if (!merged.success) {
    const lines = merged.error.issues.map(
      (issue) => `  cloneSettings.${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(
      `Cấu hình phát hiện tem sao chép không hợp lệ / invalid clone-detection settings:\n${lines.join('\n')}`,
    );
  }
  return merged.data;
}

/**
 * The hash of a client's coarse network (IPv4 /24, IPv6 /48), salted so the stored value cannot
 * be reversed by enumerating networks. Nothing more precise about the client is ever kept.
 */
export function networkHashOf(ip: string, salt: string): string {
  return createHash('sha256')
    .update(salt)
    .update('\n')
    .update(coarseNetworkOf(ip))
    .digest('hex')
    .slice(0, 24);
}

/** The hash of a client's region (IPv4 /16, IPv6 /32), salted like the network's. */
export function regionHashOf(ip: string, salt: string): string {
  return createHash('sha256')
    .update(salt)
    .update('\nregion\n')
    .update(coarseRegionOf(ip))
    .digest('hex')
    .slice(0, 24);
}

type ScanEventRow = ScanEventInsert & { regionHash: string };

export type { StampScanState } from '../../../db/repositories/stamp-scans.repository';

/**
 * Records scans without making the shopper wait: `record` only queues; a timer (every `flushMs`)
 * or a full batch (`maxBatch`, 5,000 scans) writes the queue as one multi-row insert, bumps the stamps'
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
  /** A write is lined up and has not taken the queue yet. */
  private isWriteWaiting = false;

  constructor(
    private readonly db: Database,
    private readonly options: {
      salt: string;
      settings: CloneSettings;
      log: FastifyBaseLogger;
      flushMs?: number;
      maxBatch?: number;
      maxQueued?: number;
    },
  ) {}

  /** Network and region hashes of recent client addresses: a busy shelf is scanned from the same few networks. */
  private readonly networkHashes = new LRUCache<string, { network: string; region: string }>({
    max: 10_000,
    memoMethod: (ip) => ({
      network: networkHashOf(ip, this.options.salt),
      region: regionHashOf(ip, this.options.salt),
    }),
  });

  /** The kind of device of recent user agents: a phone model sends the same string all day. */
  private readonly userAgentClasses = new LRUCache<string, UserAgentClass>({
    max: 1_000,
    memoMethod: (ua) => userAgentClassOf(ua),
  });

  /** Queues one scan; never waits and never throws. */
  record(scan: ScanInput): void {
    const hashes = this.networkHashes.memo(scan.ip);
    this.queue.push({
      serial: scan.serial,
      batchId: scan.batchId,
      scannedAt: scan.at,
      networkHash: hashes.network,
      regionHash: hashes.region,
      userAgentClass: this.userAgentClasses.memo(scan.userAgent ?? ''),
    });
    if (this.isClosed || this.queue.length >= (this.options.maxBatch ?? 5_000)) void this.flush();
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

  /**
   * Writes everything queued so far (tests and shutdown await it). A write already waiting its
   * turn takes the whole queue when it starts, so no second one is lined up behind it: under load
   * every scan past a full batch would otherwise line up one more.
   */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.isWriteWaiting) {
      this.isWriteWaiting = true;
      this.flushing = this.flushing.then(() => {
        this.isWriteWaiting = false;
        return this.writeQueued();
      });
    }
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
    this.options.log.error(
      { err: error, retrying: this.queue.length, lost },
      'scan events could not be recorded; retrying on the next flush',
    );
    if (!this.isClosed)
      this.timer ??= setTimeout(() => void this.flush(), Math.max(1_000, this.options.flushMs ?? 100));
  }

  private async write(events: ScanEventRow[]): Promise<StampScanState[]> {
    // Each stamp's scans in the batch: how many, the first and the last.
    const perStamp = new Map<string, { n: number; first: Date; last: Date }>();
    for (const e of events) {
      const seen = perStamp.get(e.serial);
      if (!seen) perStamp.set(e.serial, { n: 1, first: e.scannedAt, last: e.scannedAt });
      else {
        seen.n += 1;
        if (e.scannedAt < seen.first) seen.first = e.scannedAt;
        if (e.scannedAt > seen.last) seen.last = e.scannedAt;
      }
    }
    const counts = [...perStamp].map(([serial, c]) => ({
      serial,
      n: c.n,
      first: c.first.toISOString(),
      last: c.last.toISOString(),
    }));
    const latest = new Date(Math.max(...[...perStamp.values()].map((c) => c.last.getTime())));
    return this.db.transaction(async (tx) => {
      await insertScanEvents(tx, events);
      await this.countScanPeriods(tx, events);
      const states = await addStampScanCounts(tx, counts);
      return this.judge(tx, states, latest);
    });
  }

  /** One counted scan per stamp, network and recount period: repeats within a period add nothing. */
  private async countScanPeriods(tx: Database, events: ScanEventRow[]): Promise<void> {
    const periods = new Map<string, ScanWindowRow>();
    for (const e of events) {
      const start = recountPeriodStart(e.scannedAt, this.options.settings);
      const key = `${e.serial} ${e.networkHash} ${start}`;
      if (!periods.has(key))
        periods.set(key, {
          serial: e.serial,
          network_hash: e.networkHash,
          region_hash: e.regionHash,
          period_start: new Date(start).toISOString(),
        });
    }
    await insertScanWindows(tx, [...periods.values()]);
  }

  /**
   * Re-judges the stamps whose flag can still grow (not confirmed, not already warning shoppers)
   * over their counted scans in the window — since the last review, so a dismissed flag is raised
   * again only by new evidence. A flag is never lifted here: only the standing office does that.
   */
  private async judge(tx: Database, states: StampScanState[], latest: Date): Promise<StampScanState[]> {
    const settings = this.options.settings;
    const open = states
      .filter((row) => row.copyReview !== 'confirmed' && !(row.isPossibleCopy && row.hasStrongCopySignal))
      .map((row) => row.serial);
    if (open.length === 0) return states;
    const since = new Date(latest.getTime() - settings.windowHours * 3_600_000);
    const windows = await countStampScanWindows(tx, open, since);
    const verdicts = new Map(
      windows.map((w) => [
        w.serial,
        judgeCloneCounts(
          {
            countedScans: Number(w.countedScans),
            distinctNetworks: Number(w.distinctNetworks),
            distinctRegions: Number(w.distinctRegions),
          },
          settings,
        ),
      ]),
    );
    const raised = states.filter((row) => {
      const verdict = verdicts.get(row.serial);
      return (
        verdict !== undefined &&
        ((verdict.isPossibleCopy && !row.isPossibleCopy) ||
          (verdict.isStrongSignal && !row.hasStrongCopySignal))
      );
    });
    if (raised.length === 0) return states;
    for (const isStrong of [false, true]) {
      const serials = raised
        .filter((row) => verdicts.get(row.serial)!.isStrongSignal === isStrong)
        .map((row) => row.serial);
      if (serials.length === 0) continue;
      await raiseStampCopyFlags(tx, serials, isStrong);
    }
    return states.map((row) => {
      const verdict = verdicts.get(row.serial);
      if (!verdict || !raised.includes(row)) return row;
      return {
        ...row,
        isPossibleCopy: true,
        hasStrongCopySignal: row.hasStrongCopySignal || verdict.isStrongSignal,
        copyReview: row.copyReview === 'dismissed' ? null : row.copyReview,
      };
    });
  }
}

/** The salt of network hashes: `SCAN_HASH_SALT` when set (set it in production), else derived from the public URL. */
export function scanHashSaltOf(config: AppConfig): string {
  return process.env.SCAN_HASH_SALT ?? `ocop-scan:${config.publicBaseUrl}`;
}

const recorders = new WeakMap<object, ScanRecorder>();

/** The app's one scan recorder (keyed by its dependencies object, shared by every plugin scope). */
export function scanRecorderOf(
  deps: { database: { db: Database }; config: AppConfig },
  log: FastifyBaseLogger,
): ScanRecorder {
  let recorder = recorders.get(deps);
  if (!recorder) {
    recorder = new ScanRecorder(deps.database.db, {
      salt: scanHashSaltOf(deps.config),
      settings: cloneSettingsOf(deps.config),
      log,
    });
    recorders.set(deps, recorder);
  }
  return recorder;
}
