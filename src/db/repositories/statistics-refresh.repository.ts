import { sql, type SQL } from 'drizzle-orm';
import { queryRows, toCount, type Database } from '../database';
import { refreshScanCounts, type ScanCountReport } from './statistics-scan-counts.repository';

/** Serialises refreshes across processes (two servers, the CLI and the daily job). */
const STATS_REFRESH_LOCK_KEY = 13_2026_0001;

/** One group of waiting dossiers: same commune, status and day the status began. */
export interface WaitingDossierGroup {
  communeId: string;
  communePath: string;
  status: string;
  sinceDay: string;
  dossiers: number;
}

/** A (commune, status, day) group whose dossiers are past their working-day deadline. */
export interface OverdueKey {
  communeId: string;
  status: string;
  sinceDay: string;
}

export interface RefreshInput {
  /** The day statuses are computed for (valid/expired, expiring within 90 days). */
  today: string;
  now: Date;
  /** Only this province's rows (per-unit refresh); undefined = the whole nation. */
  provinceId?: string | undefined;
  /** Product set → product group (Decision 148 taxonomy). */
  setGroups: readonly { setNumber: number; group: number }[];
  /** Groups of waiting dossiers that are overdue (computed from the working-day calendars). */
  overdue: readonly OverdueKey[];
}

/** Dossier statuses nobody waits on. */
const NOT_WAITING = ['accepted_into_pool', 'draft'];

function setGroupsTable(setGroups: RefreshInput['setGroups']): SQL {
  const rows = setGroups.length ? setGroups : [{ setNumber: 0, group: 0 }];
  return sql.raw(
    `(values ${rows.map((r) => `(${Math.trunc(r.setNumber)}, ${Math.trunc(r.group)})`).join(', ')}) as sg(set_number, product_group)`,
  );
}

/** `where` on a province column, or nothing for the nation. */
function provinceFilter(column: SQL, provinceId: string | undefined): SQL {
  return provinceId ? sql`${column} = ${provinceId}::uuid` : sql`true`;
}

/**
 * Places every unit on both maps (see `stats_unit_map`): follows successions to the unit in force,
 * takes its province (itself followed to the province in force), and the pre-reform ancestors.
 */
async function refreshUnitMap(tx: Database): Promise<void> {
  await tx.execute(sql`delete from stats_unit_map`);
  await tx.execute(sql`
    insert into stats_unit_map (unit_id, level, commune_id, province_id, former_commune_id, former_district_id, former_province_id)
    with recursive walk(origin_id, unit_id, depth) as (
      select id, id, 0 from admin_units
      union all
      select w.origin_id, s.successor_id, w.depth + 1
      from walk w
      join admin_units u on u.id = w.unit_id
      join admin_unit_successions s on s.predecessor_id = w.unit_id
      where u.valid_to is not null and w.depth < 4
    ),
    now_unit as (
      select distinct on (w.origin_id) w.origin_id, u.id, u.level, u.path
      from walk w join admin_units u on u.id = w.unit_id
      order by w.origin_id, (u.valid_to is null) desc, w.depth desc, u.code, u.id
    ),
    first_predecessor as (
      select distinct on (s.successor_id) s.successor_id, p.id, p.path
      from admin_unit_successions s join admin_units p on p.id = s.predecessor_id
      where p.level = 'commune'
      order by s.successor_id, p.code, p.id
    ),
    placed as (
      select u.id as unit_id, u.level, u.valid_to, u.path as own_path, n.id as now_id, n.level as now_level,
        nullif(split_part(n.path, '/', 3), '')::uuid as now_province_ancestor,
        case when u.valid_to is not null then u.path else fp.path end as former_path
      from admin_units u
      join now_unit n on n.origin_id = u.id
      left join first_predecessor fp on fp.successor_id = u.id
    )
    select p.unit_id, p.level,
      case when p.now_level = 'commune' then p.now_id end,
      case when p.now_level = 'nation' then null else coalesce(np.id, p.now_province_ancestor) end,
      case when p.former_path is null then (case when p.now_level = 'commune' then p.now_id end)
           else (select f.id from admin_units f where f.path = p.former_path and f.level = 'commune') end,
      (select f.id from admin_units f where f.id = nullif(split_part(p.former_path, '/', 4), '')::uuid and f.level = 'district'),
      case when p.former_path is null then (case when p.now_level = 'nation' then null else coalesce(np.id, p.now_province_ancestor) end)
           else nullif(split_part(p.former_path, '/', 3), '')::uuid end
    from placed p
    left join now_unit np on np.origin_id = p.now_province_ancestor`);
}

/**
 * The cells of `stats_certificates` computed from the transactional tables (status on `today`,
 * the product's latest certificate counted as the product), restricted by `where`.
 */
export function certificateCellsSelect(params: {
  today: string;
  setGroups: RefreshInput['setGroups'];
  where: SQL;
  /** Restricts the certificates read (a whole product's certificates at a time: e.g. by producer). */
  certificateWhere?: SQL;
}): SQL {
  const { today } = params;
  return sql`
    select m.province_id, m.commune_id, m.former_province_id, m.former_district_id, c.stars, c.product_set,
      sg.product_group, pr.type as producer_type, extract(year from c.issued_on)::int as issue_year, c.status,
      count(*)::int as certificates, (count(*) filter (where c.latest = 1))::int as products,
      (count(*) filter (where c.status = 'valid' and c.valid_until <= ${today}::date + 90))::int as expiring
    from (
      select c.*, case
          when c.revoked_on is not null and c.revoked_on <= ${today}::date then 'revoked'
          when c.superseded_on is not null and c.superseded_on <= ${today}::date then 'superseded'
          when c.valid_until < ${today}::date then 'expired'
          else 'valid' end as status,
        row_number() over (partition by c.product_id order by c.issued_on desc, c.created_at desc, c.id) as latest
      from certificates c where ${params.certificateWhere ?? sql`true`}
    ) c
    join producers pr on pr.id = c.producer_id
    left join stats_unit_map m on m.unit_id = pr.commune_id
    left join ${setGroupsTable(params.setGroups)} on sg.set_number = c.product_set
    where ${params.where}
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`;
}

async function refreshCertificates(tx: Database, input: RefreshInput): Promise<void> {
  const { provinceId } = input;
  await tx.execute(sql`delete from stats_certificates where ${provinceFilter(sql`province_id`, provinceId)}`);
  await tx.execute(sql`
    insert into stats_certificates (province_id, commune_id, former_province_id, former_district_id, stars, product_set,
      product_group, producer_type, issue_year, status, certificates, products, expiring)
    ${certificateCellsSelect({ today: input.today, setGroups: input.setGroups, where: provinceFilter(sql`m.province_id`, provinceId) })}`);
}

async function refreshProducts(tx: Database, input: RefreshInput): Promise<void> {
  await tx.execute(
    sql`delete from stats_products where ${provinceFilter(sql`province_id`, input.provinceId)}`,
  );
  await tx.execute(sql`
    insert into stats_products (province_id, commune_id, product_set, product_group, producer_type, status, products)
    select m.province_id, m.commune_id, p.product_set, sg.product_group, pr.type, p.status, count(*)::int
    from products p
    join producers pr on pr.id = p.producer_id
    left join stats_unit_map m on m.unit_id = pr.commune_id
    left join ${setGroupsTable(input.setGroups)} on sg.set_number = p.product_set
    where ${provinceFilter(sql`m.province_id`, input.provinceId)}
    group by 1, 2, 3, 4, 5, 6`);
}

async function refreshDossiers(tx: Database, input: RefreshInput): Promise<void> {
  await tx.execute(
    sql`delete from stats_dossiers where ${provinceFilter(sql`province_id`, input.provinceId)}`,
  );
  const overdue = JSON.stringify(input.overdue);
  await tx.execute(sql`
    insert into stats_dossiers (province_id, commune_id, status, dossier_type, product_set, product_group, year, dossiers, overdue)
    select m.province_id, m.commune_id, d.status, d.type, d.product_set, sg.product_group,
      extract(year from d.created_at at time zone 'Asia/Ho_Chi_Minh')::int, count(*)::int,
      (count(*) filter (where o.status is not null))::int
    from dossiers d
    left join stats_unit_map m on m.unit_id = d.commune_id
    left join ${setGroupsTable(input.setGroups)} on sg.set_number = d.product_set
    left join (select distinct * from jsonb_to_recordset(${overdue}::jsonb) as x("communeId" uuid, status text, "sinceDay" date)) o
      on o."communeId" = d.commune_id and o.status = d.status and o."sinceDay" = (d.status_changed_at at time zone 'UTC')::date
    where ${provinceFilter(sql`m.province_id`, input.provinceId)}
    group by 1, 2, 3, 4, 5, 6, 7`);
}

/**
 * Lead times are percentiles: recomputed for every level at once (cheap: one row per dossier),
 * per year of submission and for all years (year 0).
 */
async function refreshLeadTimes(tx: Database): Promise<void> {
  await tx.execute(sql`delete from stats_lead_times`);
  await tx.execute(sql`
    insert into stats_lead_times (scope_level, unit_id, year, stage, dossiers, median_days, p90_days)
    with ev as (
      select e.dossier_id,
        min(e.occurred_at) filter (where e.to_status = 'submitted') as submitted_at,
        min(e.occurred_at) filter (where e.to_status in ('forwarded_to_province', 'forwarded_to_district')) as forwarded_at,
        min(e.occurred_at) filter (where e.to_status = 'accepted_into_pool') as accepted_at
      from dossier_events e group by e.dossier_id
    ),
    decided as (
      select rp.dossier_id, min(dc.signed_on) as decided_on
      from round_products rp
      join round_results rr on rr.round_product_id = rp.id
      join decision_items di on di.round_result_id = rr.id
      join decisions dc on dc.id = di.decision_id and dc.status = 'approved'
      group by rp.dossier_id
    ),
    spans as (
      select m.province_id, m.commune_id, extract(year from ev.submitted_at at time zone 'Asia/Ho_Chi_Minh')::int as year, s.stage, s.days
      from ev
      join dossiers d on d.id = ev.dossier_id
      left join stats_unit_map m on m.unit_id = d.commune_id
      left join decided dd on dd.dossier_id = ev.dossier_id
      cross join lateral (values
        ('commune', extract(epoch from ev.forwarded_at - ev.submitted_at) / 86400.0),
        ('province', extract(epoch from ev.accepted_at - ev.forwarded_at) / 86400.0),
        ('decision', extract(epoch from (dd.decided_on::timestamp at time zone 'Asia/Ho_Chi_Minh') - ev.accepted_at) / 86400.0),
        ('total', extract(epoch from (dd.decided_on::timestamp at time zone 'Asia/Ho_Chi_Minh') - ev.submitted_at) / 86400.0)
      ) as s(stage, days)
      where ev.submitted_at is not null and s.days is not null
    )
    select case when grouping(province_id) = 1 then 'nation' when grouping(commune_id) = 1 then 'province' else 'commune' end,
      case when grouping(province_id) = 1 then null when grouping(commune_id) = 1 then province_id else commune_id end,
      case when grouping(year) = 1 then 0 else year end, stage, count(*)::int,
      percentile_cont(0.5) within group (order by days)::real,
      percentile_cont(0.9) within group (order by days)::real
    from spans
    group by grouping sets ((year, stage), (province_id, year, stage), (province_id, commune_id, year, stage),
      (stage), (province_id, stage), (province_id, commune_id, stage))
    having not (grouping(province_id) = 0 and province_id is null) and not (grouping(commune_id) = 0 and commune_id is null)`);
}

async function refreshCouncils(tx: Database): Promise<void> {
  await tx.execute(sql`delete from stats_councils`);
  await tx.execute(sql`
    insert into stats_councils (province_id, council_level, year, rounds, products_scored, products_rescored)
    select case when r.level = 'central' then null else m.province_id end, r.level,
      extract(year from r.meeting_on)::int, count(distinct r.id)::int,
      count(distinct rp.id) filter (where sheets.submitted > 0)::int,
      count(distinct rp.id) filter (where sheets.max_version > 1)::int
    from rounds r
    left join stats_unit_map m on m.unit_id = r.unit_id
    left join round_products rp on rp.round_id = r.id
    left join lateral (
      select count(*) filter (where s.status = 'submitted') as submitted, coalesce(max(s.version), 0) as max_version
      from score_sheets s where s.round_product_id = rp.id
    ) sheets on true
    where r.status <> 'cancelled'
    group by 1, 2, 3`);
}

async function refreshStamps(tx: Database, input: RefreshInput): Promise<void> {
  const { provinceId } = input;
  await tx.execute(sql`delete from stats_stamps where ${provinceFilter(sql`province_id`, provinceId)}`);
  const month = (column: SQL) => sql`to_char(${column} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')`;
  await tx.execute(sql`
    insert into stats_stamps (province_id, producer_id, month, ordered, scans, suspected_copies, fake_reports)
    with batch_place as (
      select b.id, b.producer_id, coalesce(m.province_id, b.province_unit_id) as province_id
      from stamp_batches b join producers pr on pr.id = b.producer_id
      left join stats_unit_map m on m.unit_id = pr.commune_id
      where ${provinceFilter(sql`coalesce(m.province_id, b.province_unit_id)`, provinceId)}
    ),
    figures as (
      select bp.province_id, bp.producer_id, ${month(sql`b.created_at`)} as month, b.quantity as ordered, 0 as scans, 0 as suspected, 0 as reports
      from stamp_batches b join batch_place bp on bp.id = b.id
      union all
      select bp.province_id, bp.producer_id, s.month, 0, s.scans, 0, 0
      from stats_scan_counts s
      join batch_place bp on bp.id = s.batch_id
      union all
      select bp.province_id, bp.producer_id, ${month(sql`coalesce(st.last_scanned_at, st.status_changed_at, b.created_at)`)}, 0, 0, 1, 0
      from stamps st join stamp_batches b on b.id = st.batch_id join batch_place bp on bp.id = b.id
      where st.is_possible_copy
      union all
      select coalesce(bp.province_id, m2.province_id, r.province_unit_id), bp.producer_id, ${month(sql`r.created_at`)}, 0, 0, 0, 1
      from stamp_reports r
      left join batch_place bp on bp.id = r.batch_id
      left join stats_unit_map m2 on m2.unit_id = r.province_unit_id
      where ${provinceFilter(sql`coalesce(bp.province_id, m2.province_id, r.province_unit_id)`, provinceId)}
    )
    select province_id, producer_id, month, sum(ordered)::int, sum(scans)::int, sum(suspected)::int, sum(reports)::int
    from figures group by 1, 2, 3`);
}

/**
 * A coarser copy of a fine statistics table (same column names): its cells are the fine cells
 * summed over the columns it leaves out. `byProvince` tables keep `province_id` and are refreshed
 * one province at a time like the fine ones; the others are summed again whole.
 */
export interface StatisticsRollup {
  table: string;
  from: 'stats_certificates' | 'stats_products' | 'stats_stamps';
  keys: readonly string[];
  measures: readonly string[];
  byProvince: boolean;
}

/** Smallest first: a reader takes the first that holds every column it needs. */
export const STATISTICS_ROLLUPS: readonly StatisticsRollup[] = [
  {
    table: 'stats_certificates_nation',
    from: 'stats_certificates',
    keys: ['stars', 'product_set', 'product_group', 'producer_type', 'issue_year', 'status'],
    measures: ['certificates', 'products', 'expiring'],
    byProvince: false,
  },
  {
    table: 'stats_certificates_provinces',
    from: 'stats_certificates',
    keys: ['province_id', 'former_province_id', 'stars', 'product_group', 'issue_year', 'status'],
    measures: ['certificates', 'products', 'expiring'],
    byProvince: true,
  },
  {
    table: 'stats_products_nation',
    from: 'stats_products',
    keys: ['product_set', 'product_group', 'producer_type', 'status'],
    measures: ['products'],
    byProvince: false,
  },
  {
    table: 'stats_products_provinces',
    from: 'stats_products',
    keys: ['province_id', 'product_set', 'product_group', 'producer_type', 'status'],
    measures: ['products'],
    byProvince: true,
  },
  {
    table: 'stats_stamps_provinces',
    from: 'stats_stamps',
    keys: ['province_id', 'month'],
    measures: ['ordered', 'scans', 'suspected_copies', 'fake_reports'],
    byProvince: true,
  },
];

/** Sums the coarser tables from the fine ones just refreshed (the province's rows, or all). */
async function refreshRollups(tx: Database, provinceId: string | undefined): Promise<void> {
  for (const rollup of STATISTICS_ROLLUPS) {
    const where = rollup.byProvince ? provinceFilter(sql`province_id`, provinceId) : sql`true`;
    const keys = rollup.keys.join(', ');
    const columns = [...rollup.keys, ...rollup.measures].join(', ');
    const sums = rollup.measures.map((m) => `sum(${m})::int`).join(', ');
    await tx.execute(sql`delete from ${sql.raw(rollup.table)} where ${where}`);
    await tx.execute(
      sql`insert into ${sql.raw(`${rollup.table} (${columns})`)} select ${sql.raw(`${keys}, ${sums}`)}
          from ${sql.raw(rollup.from)} where ${where} group by ${sql.raw(keys)}`,
    );
  }
}

/** Which waiting dossiers exist, grouped, so deadlines are computed once per group. */
export async function listWaitingDossierGroups(
  db: Database,
  provinceId?: string,
): Promise<WaitingDossierGroup[]> {
  const rows = await queryRows<{
    communeId: string;
    communePath: string;
    status: string;
    sinceDay: string;
    dossiers: unknown;
  }>(
    db,
    sql`select d.commune_id as "communeId", u.path as "communePath", d.status,
          ((d.status_changed_at at time zone 'UTC')::date)::text as "sinceDay", count(*) as dossiers
        from dossiers d join admin_units u on u.id = d.commune_id
        where d.status not in (${sql.join(
          NOT_WAITING.map((s) => sql`${s}`),
          sql`, `,
        )}) and ${provinceId ? sql`u.path like ${`%/${provinceId}/%`}` : sql`true`}
        group by 1, 2, 3, 4`,
  );
  return rows.map((r) => ({ ...r, dossiers: toCount(r.dossiers) }));
}

/**
 * The tables dashboards read, analysed after a national refresh: every row was replaced, and plans
 * made on the statistics of the previous rows (or of empty tables) read a province's cells through
 * the wrong path until autovacuum catches up.
 */
const ANALYSED_AFTER_REFRESH = [
  'stats_unit_map',
  'stats_certificates',
  'stats_certificates_provinces',
  'stats_certificates_nation',
  'stats_products',
  'stats_products_provinces',
  'stats_products_nation',
  'stats_dossiers',
  'stats_lead_times',
  'stats_councils',
  'stats_stamps',
  'stats_stamps_provinces',
];

/** What a refresh did: how long it took, and which scans it counted again. */
export interface RefreshReport {
  durationMs: number;
  scanCounts: ScanCountReport;
}

/**
 * Recomputes the statistics tables in one transaction (readers see the previous figures until it
 * commits), for the nation or one province. Lead times and council activity are always
 * recomputed whole (they are small and their national percentiles need every row). Scans are
 * counted incrementally for the whole nation (statistics-scan-counts.repository.ts).
 */
export async function refreshStatisticsTables(db: Database, input: RefreshInput): Promise<RefreshReport> {
  const started = performance.now();
  const scanCounts = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${STATS_REFRESH_LOCK_KEY})`);
    // Clear "stale" before reading anything, holding the row until commit: a write that marks the
    // figures stale from now on waits for this refresh and marks them stale again after it, while
    // every write marked before is committed, so the statements below see it. Comparing times
    // instead would lose a write marked within the refresh's clock tick.
    await tx.execute(sql`update stats_refresh set stale_since = null where id = 'statistics'`);
    if (!input.provinceId) await refreshUnitMap(tx);
    await refreshCertificates(tx, input);
    await refreshProducts(tx, input);
    await refreshDossiers(tx, input);
    await refreshLeadTimes(tx);
    await refreshCouncils(tx);
    const scanCounts = await refreshScanCounts(tx, input.now);
    await refreshStamps(tx, input);
    await refreshRollups(tx, input.provinceId);
    if (!input.provinceId) await tx.execute(sql.raw(`analyze ${ANALYSED_AFTER_REFRESH.join(', ')}`));
    const durationMs = Math.round(performance.now() - started);
    await tx.execute(sql`
      insert into stats_refresh (id, refreshed_at, as_of, duration_ms, scope, stale_since)
      values ('statistics', ${input.now.toISOString()}::timestamptz, ${input.today}::date, ${durationMs}, ${input.provinceId ?? 'all'}, null)
      on conflict (id) do update set refreshed_at = excluded.refreshed_at, as_of = excluded.as_of,
        duration_ms = excluded.duration_ms, scope = excluded.scope`);
    return scanCounts;
  });
  return { durationMs: Math.round(performance.now() - started), scanCounts };
}

/** Records that a write may have changed the figures (kept until the next refresh). */
export async function markStatisticsStale(db: Database, at: Date): Promise<void> {
  await db.execute(sql`
    update stats_refresh set stale_since = coalesce(stale_since, ${at.toISOString()}::timestamptz) where id = 'statistics'`);
}

export interface RefreshState {
  refreshedAt: Date;
  asOf: string;
  durationMs: number;
  scope: string;
  staleSince: Date | null;
}

/** When the figures were last computed; undefined before the first refresh. */
export async function findRefreshState(db: Database): Promise<RefreshState | undefined> {
  const [row] = await queryRows<{
    refreshedAt: string | Date;
    asOf: string;
    durationMs: unknown;
    scope: string;
    staleSince: string | Date | null;
  }>(
    db,
    sql`select refreshed_at as "refreshedAt", as_of::text as "asOf", duration_ms as "durationMs", scope, stale_since as "staleSince"
        from stats_refresh where id = 'statistics'`,
  );
  if (!row) return undefined;
  return {
    refreshedAt: new Date(row.refreshedAt),
    asOf: row.asOf,
    durationMs: toCount(row.durationMs),
    scope: row.scope,
    staleSince: row.staleSince ? new Date(row.staleSince) : null,
  };
}
