import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, toCount, type Database } from '../database';
import { adminUnits, producers, stampBatches, stamps } from '../schema';

export type StampRow = typeof stamps.$inferSelect;
export type StampBatchRow = typeof stampBatches.$inferSelect;

/** A stamp with its batch and the unit path of its producer's commune (what jurisdiction is checked against). */
export interface StampInScope {
  stamp: StampRow;
  batch: StampBatchRow;
  producerUnitPath: string;
}

/** The stamp of a (normalised) serial with its batch and producer's commune path; undefined when unknown. */
export async function findStampInScope(db: Database, serial: string): Promise<StampInScope | undefined> {
  const [row] = await db
    .select({ stamp: stamps, batch: stampBatches, producerUnitPath: adminUnits.path })
    .from(stamps)
    .innerJoin(stampBatches, eq(stampBatches.id, stamps.batchId))
    .innerJoin(producers, eq(producers.id, stampBatches.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(eq(stamps.serial, serial));
  return row;
}

/** The stamp of a (normalised) serial; undefined when unknown. */
export async function findStamp(db: Database, serial: string): Promise<StampRow | undefined> {
  const [stamp] = await db.select().from(stamps).where(eq(stamps.serial, serial));
  return stamp;
}

/**
 * Sets a stamp's status with its reason, if it still has `expectedStatus`; undefined when it
 * changed meanwhile.
 */
export async function updateStampStatusIfUnchanged(
  db: Database,
  change: {
    serial: string;
    expectedStatus: StampRow['status'];
    status: StampRow['status'];
    reason: string;
    now: Date;
  },
): Promise<StampRow | undefined> {
  const [row] = await db
    .update(stamps)
    .set({ status: change.status, statusReason: change.reason, statusChangedAt: change.now })
    .where(and(eq(stamps.serial, change.serial), eq(stamps.status, change.expectedStatus)))
    .returning();
  return row;
}

/**
 * Records the review of a stamp's copy flag, if the flag is still as `expected` says; undefined
 * when it changed meanwhile.
 */
export async function updateStampCopyReviewIfUnchanged(
  db: Database,
  expected: Pick<StampRow, 'serial' | 'isPossibleCopy' | 'copyReview'>,
  review: Pick<
    StampRow,
    | 'isPossibleCopy'
    | 'hasStrongCopySignal'
    | 'copyReview'
    | 'copyReviewReason'
    | 'copyReviewedAt'
    | 'copyReviewedBy'
  >,
): Promise<StampRow | undefined> {
  const [row] = await db
    .update(stamps)
    .set(review)
    .where(
      and(
        eq(stamps.serial, expected.serial),
        eq(stamps.isPossibleCopy, expected.isPossibleCopy),
        sql`${stamps.copyReview} is not distinct from ${expected.copyReview}`,
      ),
    )
    .returning();
  return row;
}

/** A page of a batch's stamps in label order (only flagged ones when `isFlaggedOnly`), with the total. */
export async function listBatchStamps(
  db: Database,
  o: { batchId: string; isFlaggedOnly: boolean; offset: number; limit: number },
): Promise<{ rows: StampRow[]; total: number }> {
  const where = and(
    eq(stamps.batchId, o.batchId),
    o.isFlaggedOnly ? eq(stamps.isPossibleCopy, true) : undefined,
  );
  const rows = await db
    .select()
    .from(stamps)
    .where(where)
    .orderBy(asc(stamps.position))
    .offset(o.offset)
    .limit(o.limit);
  const [count] = await db
    .select({ n: sql<number>`count(*)` })
    .from(stamps)
    .where(where);
  return { rows, total: toCount(count?.n) };
}

/** Unknown-serial look-ups and refused requests of one network, province and hour, to add up. */
export interface LookupMissCount {
  networkHash: string;
  provinceUnitId: string | null;
  /** ISO instants. */
  hourStart: string;
  misses: number;
  throttled: number;
  firstAt: string;
  lastAt: string;
}

/** Adds the counts to `stamp_lookup_misses` in one upsert (one row per network, province and hour). */
export async function addLookupMisses(db: Database, counts: readonly LookupMissCount[]): Promise<void> {
  const rows = counts.map((c) => ({
    network_hash: c.networkHash,
    province_unit_id: c.provinceUnitId,
    hour_start: c.hourStart,
    misses: c.misses,
    throttled: c.throttled,
    first_at: c.firstAt,
    last_at: c.lastAt,
  }));
  await db.execute(sql`insert into stamp_lookup_misses (network_hash, province_unit_id, hour_start, misses, throttled, first_at, last_at)
        select network_hash, province_unit_id, hour_start, misses, throttled, first_at, last_at
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(network_hash text, province_unit_id uuid, hour_start timestamptz, misses int, throttled int, first_at timestamptz, last_at timestamptz)
        on conflict on constraint stamp_lookup_misses_key do update set misses = stamp_lookup_misses.misses + excluded.misses, throttled = stamp_lookup_misses.throttled + excluded.throttled,
          first_at = least(stamp_lookup_misses.first_at, excluded.first_at), last_at = greatest(stamp_lookup_misses.last_at, excluded.last_at)`);
}

/** One network's unknown-serial look-ups and refused requests over a period, summed over its hours. */
export interface LookupMissSummary {
  networkHash: string;
  provinceName: string | null;
  misses: number;
  throttled: number;
  hours: number;
  firstAt: string;
  lastAt: string;
}

/**
 * Unknown-serial look-ups and refused resolver requests since `since`, per network and province,
 * busiest first (at most `limit`): rows of provinces within `unitPaths`, and rows of no province
 * (short URIs, refused requests), which belong to no one's jurisdiction.
 */
export async function listLookupMisses(
  db: Database,
  params: { unitPaths: readonly string[]; since: Date; limit: number },
): Promise<LookupMissSummary[]> {
  if (params.unitPaths.length === 0) return [];
  const within: SQL = sql.join(
    params.unitPaths.map((path) => sql`u.path like ${`${path}%`}`),
    sql` or `,
  );
  const rows = await queryRows<LookupMissSummary>(
    db,
    sql`select m.network_hash as "networkHash", u.full_name as "provinceName", sum(m.misses)::int as misses, sum(m.throttled)::int as throttled, count(*)::int as hours,
        to_char(min(m.first_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "firstAt", to_char(max(m.last_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "lastAt"
      from stamp_lookup_misses m left join admin_units u on u.id = m.province_unit_id
      where m.hour_start >= ${params.since.toISOString()}::timestamptz and (m.province_unit_id is null or ${within})
      group by m.network_hash, u.full_name
      order by sum(m.misses) + sum(m.throttled) desc, max(m.last_at) desc
      limit ${params.limit}`,
  );
  return rows.map((row) => ({
    ...row,
    misses: Number(row.misses),
    throttled: Number(row.throttled),
    hours: Number(row.hours),
  }));
}
