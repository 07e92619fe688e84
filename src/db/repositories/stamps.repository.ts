import { eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../database';
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
