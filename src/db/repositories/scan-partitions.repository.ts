/**
 * The monthly partitions of `scan_events` (migration 0030). Partitions are plain tables attached
 * to the parent; these queries only create and list them. Detaching an old month is an operator's
 * decision (docs/operations/scale.md), never done by the product.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../database';

/** One month of scans: `scan_events_yYYYYmMM`, from its first instant to the next month's. */
export interface ScanPartitionMonth {
  name: string;
  /** ISO timestamps with the Vietnam offset, e.g. `2026-12-01T00:00:00+07:00`. */
  from: string;
  to: string;
}

const PARTITION_NAME = /^scan_events_y\d{4}m\d{2}$/;
/** Partition bounds are literals in the DDL (no parameters there): only month starts pass. */
const MONTH_START = /^\d{4}-\d{2}-01T00:00:00\+07:00$/;

/** The partitions attached to `scan_events` (the default one included), by name. */
export async function listScanEventPartitions(db: Database): Promise<{ name: string; bounds: string }[]> {
  return queryRows<{ name: string; bounds: string }>(
    db,
    sql`select child.relname as name, pg_get_expr(child.relpartbound, child.oid) as bounds
        from pg_inherits
        join pg_class parent on parent.oid = pg_inherits.inhparent
        join pg_class child on child.oid = pg_inherits.inhrelid
        where parent.relname = 'scan_events'
        order by child.relname`,
  );
}

/**
 * Creates and attaches the partition of `month` unless it exists. Scans of that month already in
 * the default partition (a clock set ahead, a restore) are moved into it first, in the same
 * transaction, since PostgreSQL refuses to attach a range the default partition holds rows of.
 * Returns whether it was created.
 */
export async function createScanEventPartition(db: Database, month: ScanPartitionMonth): Promise<boolean> {
  if (!PARTITION_NAME.test(month.name) || !MONTH_START.test(month.from) || !MONTH_START.test(month.to))
    throw new Error(`invalid scan partition ${JSON.stringify(month)}`);
  const table = sql.identifier(month.name);
  return db.transaction(async (tx) => {
    // One creator at a time across processes; the others then find it attached.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('scan_events partitions'))`);
    const [existing] = await queryRows<{ n: unknown }>(
      tx,
      sql`select 1 as n from pg_class where relname = ${month.name}`,
    );
    if (existing) return false;
    await tx.execute(sql`create table ${table} (like scan_events including defaults including constraints)`);
    await tx.execute(
      sql`with moved as (
            delete from scan_events_default
            where scanned_at >= ${month.from}::timestamptz and scanned_at < ${month.to}::timestamptz
            returning *)
          insert into ${table} select * from moved`,
    );
    await tx.execute(
      sql`alter table scan_events attach partition ${table}
          for values from (${sql.raw(`'${month.from}'`)}) to (${sql.raw(`'${month.to}'`)})`,
    );
    return true;
  });
}
