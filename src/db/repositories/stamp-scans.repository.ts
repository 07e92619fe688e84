/**
 * Writes of the scan recorder (the shopper's scan path, batched): scan events, counted scan
 * periods, the stamps' counters and copy flags. Each function is one statement; the recorder runs
 * them in one transaction per batch. Queries only.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../database';

/** One scan as stored in `scan_events`: when, from which coarse network (hashed), what kind of device. */
export interface ScanEventInsert {
  serial: string;
  batchId: string;
  scannedAt: Date;
  networkHash: string;
  userAgentClass: string;
}

/**
 * One counted scan period of a stamp and network, with the columns' names (the recorder builds
 * these rows itself: one object per scan, no copy).
 */
export interface ScanWindowRow {
  serial: string;
  network_hash: string;
  region_hash: string;
  /** ISO instant. */
  period_start: string;
}

/** A stamp's counters right after a batch of its scans was written (what the resolver page shows). */
export interface StampScanState {
  serial: string;
  scanCount: number;
  /** UTC, `YYYY-MM-DDTHH:MM:SSZ`, as the resolver's look-up returns it. */
  firstScannedAt: string | null;
  isPossibleCopy: boolean;
  hasStrongCopySignal: boolean;
  copyReview: 'confirmed' | 'dismissed' | null;
}

/** The scans of one stamp in a batch: how many, the first and the last (ISO instants). */
export interface StampScanCount {
  serial: string;
  n: number;
  first: string;
  last: string;
}

/** A stamp's counted scans in the clone window, over how many networks and regions. */
export interface StampScanWindowCounts {
  serial: string;
  countedScans: number;
  distinctNetworks: number;
  distinctRegions: number;
}

/** The scans of one stamp from one network and kind of device, as `insertScanEvents` sends them. */
interface ScanGroup {
  serial: string;
  batch_id: string;
  network_hash: string;
  user_agent_class: string;
  /** Epoch milliseconds of each scan. */
  at: number[];
}

/**
 * Inserts the scans in one statement. A batch is mostly the same few stamps scanned from the same
 * few networks, so it goes as one JSON parameter of groups, each with the times of its scans:
 * about 14 bytes a scan instead of 170, which the server and PostgreSQL both parse and the
 * server no longer formats one date at a time.
 */
export async function insertScanEvents(db: Database, events: readonly ScanEventInsert[]): Promise<void> {
  const groups = new Map<string, ScanGroup>();
  for (const e of events) {
    const key = `${e.serial}\n${e.batchId}\n${e.networkHash}\n${e.userAgentClass}`;
    const group = groups.get(key);
    if (group) group.at.push(e.scannedAt.getTime());
    else
      groups.set(key, {
        serial: e.serial,
        batch_id: e.batchId,
        network_hash: e.networkHash,
        user_agent_class: e.userAgentClass,
        at: [e.scannedAt.getTime()],
      });
  }
  await db.execute(sql`insert into scan_events (serial, batch_id, scanned_at, network_hash, user_agent_class)
        select g.serial, g.batch_id, to_timestamp(t.ms::double precision / 1000), g.network_hash, g.user_agent_class
        from json_to_recordset(${JSON.stringify([...groups.values()])}::json) as g(serial text, batch_id uuid, network_hash text, user_agent_class text, at json)
        cross join lateral json_array_elements_text(g.at) as t(ms)`);
}

/** Inserts the counted scan periods; a period already counted adds nothing. */
export async function insertScanWindows(db: Database, periods: readonly ScanWindowRow[]): Promise<void> {
  await db.execute(sql`insert into stamp_scan_windows (serial, network_hash, region_hash, period_start)
      select serial, network_hash, region_hash, period_start from jsonb_to_recordset(${JSON.stringify(periods)}::jsonb) as v(serial text, network_hash text, region_hash text, period_start timestamptz)
      on conflict do nothing`);
}

/** Adds the scans to the stamps' counters and returns their new state (stamps unknown are skipped). */
export async function addStampScanCounts(
  db: Database,
  counts: readonly StampScanCount[],
): Promise<StampScanState[]> {
  const values = sql.join(
    counts.map((c) => sql`(${c.serial}, ${c.n}::int, ${c.first}::timestamptz, ${c.last}::timestamptz)`),
    sql`, `,
  );
  const updated = await queryRows<StampScanState>(
    db,
    sql`update stamps set scan_count = stamps.scan_count + v.n, first_scanned_at = coalesce(stamps.first_scanned_at, v.first), last_scanned_at = greatest(stamps.last_scanned_at, v.last)
          from (values ${values}) as v(serial, n, first, last) where stamps.serial = v.serial
          returning stamps.serial, stamps.scan_count as "scanCount", to_char(stamps.first_scanned_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "firstScannedAt",
            stamps.is_possible_copy as "isPossibleCopy", stamps.has_strong_copy_signal as "hasStrongCopySignal", stamps.copy_review as "copyReview"`,
  );
  return updated.map((row) => ({ ...row, scanCount: Number(row.scanCount) }));
}

/**
 * The counted scans of these stamps in periods starting at `since` or later, and since each
 * stamp's last copy-flag review.
 */
export async function countStampScanWindows(
  db: Database,
  serials: readonly string[],
  since: Date,
): Promise<StampScanWindowCounts[]> {
  return queryRows<StampScanWindowCounts>(
    db,
    sql`select w.serial, count(*)::int as "countedScans", count(distinct w.network_hash)::int as "distinctNetworks", count(distinct w.region_hash)::int as "distinctRegions"
        from stamp_scan_windows w join stamps s on s.serial = w.serial
        where w.serial in (${sql.join(
          serials.map((serial) => sql`${serial}`),
          sql`, `,
        )}) and w.period_start >= ${since.toISOString()}::timestamptz
          and (s.copy_reviewed_at is null or w.period_start >= s.copy_reviewed_at)
        group by w.serial`,
  );
}

/**
 * Flags the stamps as possible copies (with the strong signal when `isStrong`); a dismissed review
 * is cleared, a confirmed one kept.
 */
export async function raiseStampCopyFlags(
  db: Database,
  serials: readonly string[],
  isStrong: boolean,
): Promise<void> {
  await db.execute(sql`update stamps set is_possible_copy = true, has_strong_copy_signal = has_strong_copy_signal or ${isStrong},
          copy_review = case when copy_review = 'dismissed' then null else copy_review end
        where serial in (${sql.join(
          serials.map((serial) => sql`${serial}`),
          sql`, `,
        )})`);
}
