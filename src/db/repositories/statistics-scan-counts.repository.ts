/**
 * Scan counts per partition of `scan_events`, stamp batch and month (`stats_scan_counts`), kept
 * from one statistics refresh to the next so a refresh does not group every scan again. Queries
 * only; the refresh runs them inside its transaction, under its lock.
 *
 * Scans are written when they happen (the recorder buffers them for seconds), so the scans of a
 * month that is over never change while its partition stays attached. A refresh therefore
 * recounts:
 * - every month from the month of the previous refresh on, one day earlier (scans buffered across
 *   midnight at the turn of a month, a clock a little behind), or of this one if the clock went
 *   back;
 * - whole, each partition attached since the previous refresh (new, or detached and attached
 *   again: its `pg_inherits` row is another), and then the default partition too, since creating
 *   a month's partition moves that month's scans out of it;
 * and removes the counts of the partitions no longer attached (detached or dropped).
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, toCount, type Database } from '../database';

/** What a refresh recounted: the months from `fromMonth` on, and these partitions whole. */
export interface ScanCountReport {
  /** YYYY-MM (Vietnam time): every partition's scans of this month and later were counted again. */
  fromMonth: string;
  /** Partitions whose earlier months were counted too (attached since the previous refresh). */
  partitionsCountedWhole: string[];
  /** Partitions whose counts were removed (no longer attached). */
  partitionsRemoved: string[];
  /** Scan rows read by this refresh. */
  scansRead: number;
}

interface AttachedPartition {
  name: string;
  oid: string;
  attachment: string;
  isDefault: boolean;
}

/** Same lock as the partition job's (scan-partitions.repository.ts): no partition moves meanwhile. */
const PARTITIONS_LOCK = sql`select pg_advisory_xact_lock(hashtext('scan_events partitions'))`;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const MONTH = sql`to_char(scanned_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')`;

function vietnamMonthOf(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 7);
}

async function listAttachedPartitions(tx: Database): Promise<AttachedPartition[]> {
  return queryRows<AttachedPartition>(
    tx,
    sql`select c.relname as name, c.oid::text as oid, c.oid::text || ':' || i.xmin::text as attachment,
          coalesce(pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT', false) as "isDefault"
        from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = 'scan_events'::regclass`,
  );
}

async function listCountedPartitions(
  tx: Database,
): Promise<{ name: string; attachment: string; countedAt: Date }[]> {
  const rows = await queryRows<{ name: string; attachment: string; countedAt: string | Date }>(
    tx,
    sql`select partition_name as name, attachment, counted_at as "countedAt" from stats_scan_partitions`,
  );
  return rows.map((row) => ({ ...row, countedAt: new Date(row.countedAt) }));
}

/** Inserts the counts `select` returns and answers how many scans they hold. */
async function insertCounts(tx: Database, select: SQL): Promise<number> {
  const [row] = await queryRows<{ scans: unknown }>(
    tx,
    sql`with counted as (
          insert into stats_scan_counts (partition_name, month, batch_id, scans) ${select} returning scans)
        select coalesce(sum(scans), 0) as scans from counted`,
  );
  return toCount(row?.scans);
}

/**
 * Brings `stats_scan_counts` up to date with `scan_events` (see the file comment for what is
 * recounted), then records the partitions counted and `now`.
 */
export async function refreshScanCounts(tx: Database, now: Date): Promise<ScanCountReport> {
  await tx.execute(PARTITIONS_LOCK);
  const attached = await listAttachedPartitions(tx);
  const counted = await listCountedPartitions(tx);
  const attachmentOf = new Map(counted.map((p) => [p.name, p.attachment]));
  const isCurrent = (p: AttachedPartition) => attachmentOf.get(p.name) === p.attachment;
  const whole = attached.filter((p) => !isCurrent(p));
  if (whole.some((p) => !p.isDefault)) whole.push(...attached.filter((p) => p.isDefault && isCurrent(p)));
  const removed = counted.map((p) => p.name).filter((name) => !attached.some((a) => a.name === name));

  const previous = Math.min(now.getTime(), ...counted.map((p) => p.countedAt.getTime()));
  const fromMonth = vietnamMonthOf(new Date(previous - DAY_MS));
  const fromInstant = `${fromMonth}-01T00:00:00+07:00`;

  const cleared = [...removed, ...whole.map((p) => p.name)];
  if (cleared.length)
    await tx.execute(sql`delete from stats_scan_counts where partition_name in (${textList(cleared)})`);
  await tx.execute(sql`delete from stats_scan_counts where month >= ${fromMonth}`);
  let scansRead = 0;
  for (const partition of whole)
    scansRead += await insertCounts(
      tx,
      sql`select ${partition.name}, ${MONTH}, batch_id, count(*)::int
          from ${sql.identifier(partition.name)} group by 2, 3`,
    );
  if (whole.length < attached.length)
    // Through the parent, so the partitions of earlier months are pruned.
    scansRead += await insertCounts(
      tx,
      sql`select c.relname, x.month, x.batch_id, x.scans
          from (select tableoid, ${MONTH} as month, batch_id, count(*)::int as scans
                from scan_events
                where scanned_at >= ${fromInstant}::timestamptz
                  and tableoid not in (${
                    whole.length
                      ? sql.join(
                          whole.map((p) => sql`${p.oid}::oid`),
                          sql`, `,
                        )
                      : sql`0`
                  })
                group by 1, 2, 3) x
          join pg_class c on c.oid = x.tableoid`,
    );

  await tx.execute(sql`delete from stats_scan_partitions`);
  if (attached.length)
    await tx.execute(
      sql`insert into stats_scan_partitions (partition_name, attachment, counted_at) values ${sql.join(
        attached.map((p) => sql`(${p.name}, ${p.attachment}, ${now.toISOString()}::timestamptz)`),
        sql`, `,
      )}`,
    );
  return {
    fromMonth,
    partitionsCountedWhole: whole.map((p) => p.name).sort(),
    partitionsRemoved: removed.sort(),
    scansRead,
  };
}

function textList(values: readonly string[]): SQL {
  return sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
}
