import { sql, type SQL } from 'drizzle-orm';
import type { StatisticsDataset, StatisticsDimension } from '../../domain/statistics/statistics-datasets';
import type { StatisticsScope } from '../../domain/statistics/statistics-scope';
import { queryRows, toCount, type Database } from '../database';
import { certificateCellsSelect, STATISTICS_ROLLUPS } from './statistics-refresh.repository';

/** The filters a figure query applies (already validated against the dataset). */
export interface FigureFilters {
  year?: number | undefined;
  group?: number | undefined;
  set?: number | undefined;
  stars?: number | undefined;
  status?: string | undefined;
  producerType?: string | undefined;
  type?: string | undefined;
}

export interface FigureQuery {
  dataset: StatisticsDataset;
  dimensions: readonly StatisticsDimension[];
  filters: FigureFilters;
  scope: StatisticsScope;
  /** For a producer's certificates, computed from its own rows on this day. */
  today: string;
  setGroups: readonly { setNumber: number; group: number }[];
  /** Read the fine table even where a coarser one could answer (to compare the two). */
  fineOnly?: boolean;
}

export interface FigureRow {
  keys: Record<string, string | number | null>;
  values: Record<string, number>;
}

type Columns = Partial<Record<StatisticsDimension, string>>;

/** Column of each dimension, per aggregate table. */
const DIMENSION_COLUMNS: Record<Exclude<StatisticsDataset, 'leadTimes'>, Columns> = {
  certificates: {
    stars: 'stars',
    group: 'product_group',
    set: 'product_set',
    province: 'province_id',
    commune: 'commune_id',
    formerProvince: 'former_province_id',
    formerDistrict: 'former_district_id',
    producerType: 'producer_type',
    year: 'issue_year',
    status: 'status',
  },
  products: {
    group: 'product_group',
    set: 'product_set',
    province: 'province_id',
    commune: 'commune_id',
    producerType: 'producer_type',
    status: 'status',
  },
  dossiers: {
    province: 'province_id',
    commune: 'commune_id',
    status: 'status',
    type: 'dossier_type',
    group: 'product_group',
    set: 'product_set',
    year: 'year',
  },
  councils: { province: 'province_id', level: 'council_level', year: 'year' },
  stamps: { province: 'province_id', month: 'month' },
};

const MEASURES: Record<Exclude<StatisticsDataset, 'leadTimes'>, Record<string, string>> = {
  certificates: { certificates: 'certificates', products: 'products', expiring: 'expiring' },
  products: { products: 'products' },
  dossiers: { dossiers: 'dossiers', overdue: 'overdue' },
  councils: { rounds: 'rounds', productsScored: 'products_scored', productsRescored: 'products_rescored' },
  stamps: {
    ordered: 'ordered',
    scans: 'scans',
    suspectedCopies: 'suspected_copies',
    fakeReports: 'fake_reports',
  },
};

const TABLES = {
  certificates: 'stats_certificates',
  products: 'stats_products',
  dossiers: 'stats_dossiers',
  councils: 'stats_councils',
  stamps: 'stats_stamps',
} as const;

const column = (name: string) => sql.raw(`f.${name}`);

/** Where the rows of `scope` are, for an aggregate table. */
function scopeCondition(dataset: Exclude<StatisticsDataset, 'leadTimes'>, scope: StatisticsScope): SQL {
  switch (scope.kind) {
    case 'nation':
      return sql`true`;
    case 'province':
      return sql`f.province_id = ${scope.provinceId}::uuid`;
    case 'commune':
      if (dataset === 'councils') return sql`false`;
      if (dataset === 'stamps')
        return sql`f.producer_id in (select pr.id from producers pr where pr.commune_id in
          (select m.unit_id from stats_unit_map m where m.commune_id = ${scope.communeId}::uuid))`;
      return sql`f.commune_id = ${scope.communeId}::uuid`;
    case 'producers':
      if (dataset === 'stamps') return sql`f.producer_id in (${idList(scope.producerIds)})`;
      // The producer's certificate cells are computed from its own rows (relationOf).
      return dataset === 'certificates' ? sql`true` : sql`false`;
  }
}

function idList(ids: readonly string[]): SQL {
  return ids.length
    ? sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )
    : sql`null`;
}

function filterConditions(dataset: Exclude<StatisticsDataset, 'leadTimes'>, filters: FigureFilters): SQL[] {
  const columns = DIMENSION_COLUMNS[dataset];
  const out: SQL[] = [];
  const equal = (dimension: StatisticsDimension, value: string | number | undefined) => {
    const name = columns[dimension];
    if (value !== undefined && name) out.push(sql`${column(name)} = ${value}`);
  };
  if (dataset === 'stamps' && filters.year !== undefined) out.push(sql`f.month like ${`${filters.year}-%`}`);
  else equal('year', filters.year);
  equal('group', filters.group);
  equal('set', filters.set);
  equal('stars', filters.stars);
  equal('producerType', filters.producerType);
  equal('type', filters.type);
  if (filters.status === 'expiring' && dataset === 'certificates') out.push(sql`f.status = 'valid'`);
  else equal('status', filters.status);
  return out;
}

/**
 * The aggregate table to read: the coarsest one holding every column the dimensions, filters and
 * scope need (see `STATISTICS_ROLLUPS`), else the fine table. Commune and producer scopes, and
 * "expiring" products (a per-cell minimum, which does not add up), need the fine cells.
 */
export function aggregateTableFor(
  query: Pick<FigureQuery, 'dimensions' | 'filters' | 'scope' | 'fineOnly'>,
  dataset: Exclude<StatisticsDataset, 'leadTimes'>,
): string {
  const fine = TABLES[dataset];
  if (query.fineOnly) return fine;
  if (query.scope.kind !== 'nation' && query.scope.kind !== 'province') return fine;
  if (dataset === 'certificates' && query.filters.status === 'expiring') return fine;
  const columns = DIMENSION_COLUMNS[dataset];
  const needed = new Set<string | undefined>(query.dimensions.map((d) => columns[d]));
  const filters = query.filters;
  const filtered: [StatisticsDimension, unknown][] = [
    ['year', filters.year],
    ['group', filters.group],
    ['set', filters.set],
    ['stars', filters.stars],
    ['producerType', filters.producerType],
    ['type', filters.type],
    ['status', filters.status],
  ];
  for (const [dimension, value] of filtered) if (value !== undefined) needed.add(columns[dimension]);
  if (dataset === 'stamps' && filters.year !== undefined) needed.add('month');
  if (query.scope.kind === 'province') needed.add('province_id');
  needed.delete(undefined);
  const rollup = STATISTICS_ROLLUPS.find(
    (r) => r.from === fine && [...needed].every((name) => r.keys.includes(name!)),
  );
  return rollup?.table ?? fine;
}

/** The relation read: an aggregate table, or a producer's own certificate cells. */
function relationOf(query: FigureQuery, dataset: Exclude<StatisticsDataset, 'leadTimes'>): SQL {
  if (dataset === 'certificates' && query.scope.kind === 'producers') {
    return sql`(${certificateCellsSelect({
      today: query.today,
      setGroups: query.setGroups,
      where: sql`true`,
      certificateWhere: sql`c.producer_id in (${idList(query.scope.producerIds)})`,
    })}) f`;
  }
  return sql.raw(`${aggregateTableFor(query, dataset)} f`);
}

function measureExpression(
  dataset: string,
  measure: string,
  columnName: string,
  filters: FigureFilters,
): SQL {
  if (dataset === 'certificates' && filters.status === 'expiring') {
    if (measure === 'products') return sql`coalesce(sum(least(f.products, f.expiring)), 0)`;
    return sql`coalesce(sum(f.expiring), 0)`;
  }
  return sql`coalesce(sum(${column(columnName)}), 0)`;
}

/** Sums of the dataset's measures per combination of `dimensions`, within the scope and filters. */
export async function queryFigures(db: Database, query: FigureQuery): Promise<FigureRow[]> {
  if (query.dataset === 'leadTimes') return queryLeadTimes(db, query);
  const dataset = query.dataset;
  const columns = DIMENSION_COLUMNS[dataset];
  const dims = query.dimensions.map((dimension) => ({ dimension, name: columns[dimension]! }));
  const measures = Object.entries(MEASURES[dataset]);
  const selects = [
    ...dims.map((d) => sql`${column(d.name)} as ${sql.identifier(d.dimension)}`),
    ...measures.map(
      ([measure, name]) =>
        sql`${measureExpression(dataset, measure, name, query.filters)} as ${sql.identifier(measure)}`,
    ),
  ];
  const where = [scopeCondition(dataset, query.scope), ...filterConditions(dataset, query.filters)];
  const groupBy = dims.length
    ? sql` group by ${sql.join(
        dims.map((d) => column(d.name)),
        sql`, `,
      )}`
    : sql``;
  const orderBy = dims.length
    ? sql` order by ${sql.join(
        dims.map((d) => sql`${column(d.name)} nulls last`),
        sql`, `,
      )}`
    : sql``;
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select ${sql.join(selects, sql`, `)} from ${relationOf(query, dataset)} where ${sql.join(where, sql` and `)}${groupBy}${orderBy}`,
  );
  return rows.map((row) => ({
    keys: Object.fromEntries(dims.map((d) => [d.dimension, keyValue(row[d.dimension])])),
    values: Object.fromEntries(measures.map(([measure]) => [measure, toCount(row[measure])])),
  }));
}

function keyValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return typeof value === 'bigint' ? Number(value) : JSON.stringify(value);
}

/** Lead times: percentiles per unit level, never summed (a row per stage and year, year 0 = all years). */
async function queryLeadTimes(db: Database, query: FigureQuery): Promise<FigureRow[]> {
  const scope = query.scope;
  const unit =
    scope.kind === 'nation'
      ? sql`scope_level = 'nation'`
      : scope.kind === 'province'
        ? sql`scope_level = 'province' and unit_id = ${scope.provinceId}::uuid`
        : scope.kind === 'commune'
          ? sql`scope_level = 'commune' and unit_id = ${scope.communeId}::uuid`
          : sql`false`;
  const byYear = query.dimensions.includes('year') || query.filters.year !== undefined;
  const year =
    query.filters.year !== undefined
      ? sql`year = ${query.filters.year}`
      : byYear
        ? sql`year > 0`
        : sql`year = 0`;
  const rows = await queryRows<{
    stage: string;
    year: unknown;
    dossiers: unknown;
    medianDays: unknown;
    p90Days: unknown;
  }>(
    db,
    sql`select stage, year, dossiers, median_days as "medianDays", p90_days as "p90Days" from stats_lead_times
        where ${unit} and ${year} order by year, stage`,
  );
  return rows.map((row) => ({
    keys: {
      ...(query.dimensions.includes('stage') || !query.dimensions.includes('year')
        ? { stage: row.stage }
        : {}),
      ...(query.dimensions.includes('year') ? { year: toCount(row.year) } : {}),
    },
    values: {
      dossiers: toCount(row.dossiers),
      medianDays: Number(Number(row.medianDays).toFixed(1)),
      p90Days: Number(Number(row.p90Days).toFixed(1)),
    },
  }));
}

export interface StatisticsUnit {
  id: string;
  code: string;
  name: string;
  level: string;
  path: string;
}

/** Units by id (names for the keys of a figure table). */
export async function findStatisticsUnits(db: Database, ids: readonly string[]): Promise<StatisticsUnit[]> {
  if (ids.length === 0) return [];
  return queryRows<StatisticsUnit>(
    db,
    sql`select id, code, full_name as name, level, path from admin_units where id in (${idList(ids)})`,
  );
}

/** Provinces in force (the areas of the national map). */
export async function listProvincesInForce(db: Database): Promise<StatisticsUnit[]> {
  return queryRows<StatisticsUnit>(
    db,
    sql`select id, code, full_name as name, level, path from admin_units where level = 'province' and valid_to is null order by code`,
  );
}

/** Communes in force of a province (the areas of a province map). */
export async function listCommunesInForce(db: Database, provinceId: string): Promise<StatisticsUnit[]> {
  return queryRows<StatisticsUnit>(
    db,
    sql`select id, code, full_name as name, level, path from admin_units
        where parent_id = ${provinceId}::uuid and level = 'commune' and valid_to is null order by code`,
  );
}

/** The producers an account acts for. */
export async function listStatisticsMemberProducers(db: Database, accountId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select producer_id as id from producer_members where account_id = ${accountId}::uuid`,
  );
  return rows.map((row) => row.id);
}
