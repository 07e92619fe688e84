import { date, index, integer, pgTable, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Pre-aggregated statistics (thống kê). Every table below is derived: it is emptied and filled
 * again by `refreshStatistics` (src/db/repositories/statistics.repository.ts) with
 * `insert … select … group by` over the transactional tables, for the whole nation or for one
 * province. Dashboards, maps and open data read only these tables. No foreign keys: a refresh
 * replaces rows in bulk, and a removed unit simply stops appearing after the next refresh.
 */

/**
 * Each administrative unit placed on both maps: the unit in force it went into (commune and
 * province of the two-tier map, through `admin_unit_successions`) and the pre-reform commune,
 * district and province it lay in (its own ancestors for an old unit, its first predecessor's for
 * a new one), so figures read on the 34-province map and on the 63-province map.
 */
export const statsUnitMap = pgTable(
  'stats_unit_map',
  {
    unitId: uuid('unit_id').primaryKey(),
    level: text('level').notNull(),
    communeId: uuid('commune_id'),
    provinceId: uuid('province_id'),
    formerCommuneId: uuid('former_commune_id'),
    formerDistrictId: uuid('former_district_id'),
    formerProvinceId: uuid('former_province_id'),
  },
  (table) => [index('stats_unit_map_province_idx').on(table.provinceId)],
);

/** Certificates (and products by their latest certificate) per unit, stars, set, producer type, year, status. */
export const statsCertificates = pgTable(
  'stats_certificates',
  {
    provinceId: uuid('province_id'),
    communeId: uuid('commune_id'),
    formerProvinceId: uuid('former_province_id'),
    formerDistrictId: uuid('former_district_id'),
    stars: integer('stars').notNull(),
    productSet: integer('product_set').notNull(),
    productGroup: integer('product_group'),
    producerType: text('producer_type').notNull(),
    issueYear: integer('issue_year').notNull(),
    /** valid · expired · revoked · superseded on the day of the refresh (`stats_refresh.as_of`). */
    status: text('status').notNull(),
    certificates: integer('certificates').notNull(),
    /** Products whose latest certificate is in this cell. */
    products: integer('products').notNull(),
    /** Valid certificates ending within 90 days of the refresh day. */
    expiring: integer('expiring').notNull(),
  },
  (table) => [
    index('stats_certificates_province_idx').on(table.provinceId),
    index('stats_certificates_commune_idx').on(table.communeId),
  ],
);

/**
 * Coarser copies of `stats_certificates` (same column names, summed from it by the same refresh),
 * so national and provincial answers read a few thousand cells instead of every commune's:
 * per province (in force and pre-reform) × stars × group × year × status, and for the nation
 * × stars × set × group × producer type × year × status. `getStatistics` reads the coarsest one
 * that holds every dimension and filter asked (statistics.repository.ts).
 */
export const statsCertificatesProvinces = pgTable(
  'stats_certificates_provinces',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    provinceId: uuid('province_id'),
    formerProvinceId: uuid('former_province_id'),
    stars: integer('stars').notNull(),
    productGroup: integer('product_group'),
    issueYear: integer('issue_year').notNull(),
    status: text('status').notNull(),
    certificates: integer('certificates').notNull(),
    products: integer('products').notNull(),
    expiring: integer('expiring').notNull(),
  },
  (table) => [index('stats_certificates_provinces_province_idx').on(table.provinceId)],
);

export const statsCertificatesNation = pgTable('stats_certificates_nation', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  stars: integer('stars').notNull(),
  productSet: integer('product_set').notNull(),
  productGroup: integer('product_group'),
  producerType: text('producer_type').notNull(),
  issueYear: integer('issue_year').notNull(),
  status: text('status').notNull(),
  certificates: integer('certificates').notNull(),
  products: integer('products').notNull(),
  expiring: integer('expiring').notNull(),
});

/** Registered products per unit, set, producer type and product status. */
export const statsProducts = pgTable(
  'stats_products',
  {
    provinceId: uuid('province_id'),
    communeId: uuid('commune_id'),
    productSet: integer('product_set').notNull(),
    productGroup: integer('product_group'),
    producerType: text('producer_type').notNull(),
    status: text('status').notNull(),
    products: integer('products').notNull(),
  },
  (table) => [
    index('stats_products_province_idx').on(table.provinceId),
    index('stats_products_commune_idx').on(table.communeId),
  ],
);

/**
 * Coarser copies of `stats_products` (same column names, summed from it by the same refresh): per
 * province × set × group × producer type × status, and for the nation without the province, so
 * national and provincial answers read a few hundred cells instead of every commune's.
 */
export const statsProductsProvinces = pgTable(
  'stats_products_provinces',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    provinceId: uuid('province_id'),
    productSet: integer('product_set').notNull(),
    productGroup: integer('product_group'),
    producerType: text('producer_type').notNull(),
    status: text('status').notNull(),
    products: integer('products').notNull(),
  },
  (table) => [index('stats_products_provinces_province_idx').on(table.provinceId)],
);

export const statsProductsNation = pgTable('stats_products_nation', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  productSet: integer('product_set').notNull(),
  productGroup: integer('product_group'),
  producerType: text('producer_type').notNull(),
  status: text('status').notNull(),
  products: integer('products').notNull(),
});

/** The dossier pipeline: dossiers per unit, status, type, set and year created, with the overdue ones. */
export const statsDossiers = pgTable(
  'stats_dossiers',
  {
    provinceId: uuid('province_id'),
    communeId: uuid('commune_id'),
    status: text('status').notNull(),
    dossierType: text('dossier_type').notNull(),
    productSet: integer('product_set').notNull(),
    productGroup: integer('product_group'),
    year: integer('year').notNull(),
    dossiers: integer('dossiers').notNull(),
    /** Past the working-day deadline of the task their status puts in someone's queue. */
    overdue: integer('overdue').notNull(),
  },
  (table) => [
    index('stats_dossiers_province_idx').on(table.provinceId),
    index('stats_dossiers_commune_idx').on(table.communeId),
  ],
);

/**
 * Evaluation lead times in days per stage (submission → commune forward → province acceptance →
 * decision, and the whole), by year of submission, for the nation (unit null), each province and
 * each commune: percentiles do not add up, so each level has its own rows.
 */
export const statsLeadTimes = pgTable(
  'stats_lead_times',
  {
    scopeLevel: text('scope_level', { enum: ['nation', 'province', 'commune'] }).notNull(),
    unitId: uuid('unit_id'),
    year: integer('year').notNull(),
    stage: text('stage').notNull(),
    dossiers: integer('dossiers').notNull(),
    medianDays: real('median_days').notNull(),
    p90Days: real('p90_days').notNull(),
  },
  (table) => [index('stats_lead_times_unit_idx').on(table.scopeLevel, table.unitId)],
);

/** Council activity per council unit (province; null = central) and year of the meeting. */
export const statsCouncils = pgTable(
  'stats_councils',
  {
    provinceId: uuid('province_id'),
    councilLevel: text('council_level').notNull(),
    year: integer('year').notNull(),
    rounds: integer('rounds').notNull(),
    productsScored: integer('products_scored').notNull(),
    /** Products of which at least one member submitted a second version of the sheet. */
    productsRescored: integer('products_rescored').notNull(),
  },
  (table) => [index('stats_councils_province_idx').on(table.provinceId)],
);

/** Stamps per province, producer and month (YYYY-MM, Asia/Ho_Chi_Minh): ordered, scanned, suspected copies, fake reports. */
export const statsStamps = pgTable(
  'stats_stamps',
  {
    provinceId: uuid('province_id'),
    producerId: uuid('producer_id'),
    month: text('month').notNull(),
    ordered: integer('ordered').notNull(),
    scans: integer('scans').notNull(),
    suspectedCopies: integer('suspected_copies').notNull(),
    fakeReports: integer('fake_reports').notNull(),
  },
  (table) => [
    index('stats_stamps_province_idx').on(table.provinceId, table.month),
    index('stats_stamps_producer_idx').on(table.producerId),
  ],
);

/** `stats_stamps` summed over producers: per province and month (national and provincial answers). */
export const statsStampsProvinces = pgTable(
  'stats_stamps_provinces',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    provinceId: uuid('province_id'),
    month: text('month').notNull(),
    ordered: integer('ordered').notNull(),
    scans: integer('scans').notNull(),
    suspectedCopies: integer('suspected_copies').notNull(),
    fakeReports: integer('fake_reports').notNull(),
  },
  (table) => [index('stats_stamps_provinces_province_idx').on(table.provinceId, table.month)],
);

/**
 * Scans per partition of `scan_events`, stamp batch and month (YYYY-MM, Asia/Ho_Chi_Minh), which
 * `stats_stamps` sums instead of grouping every scan at each refresh. Scans are written when they
 * happen, so a month that is over keeps its count: a refresh recounts the months from the previous
 * refresh's on (statistics-scan-counts.repository.ts), and whole the partitions attached since; the
 * counts of a partition detached or dropped are removed.
 */
export const statsScanCounts = pgTable(
  'stats_scan_counts',
  {
    partitionName: text('partition_name').notNull(),
    month: text('month').notNull(),
    batchId: uuid('batch_id').notNull(),
    scans: integer('scans').notNull(),
  },
  (table) => [primaryKey({ columns: [table.month, table.partitionName, table.batchId] })],
);

/** The partitions of `scan_events` whose scans `stats_scan_counts` holds, as they were attached then. */
export const statsScanPartitions = pgTable('stats_scan_partitions', {
  partitionName: text('partition_name').primaryKey(),
  /** `oid:xmin` of the partition's `pg_inherits` row: another value once detached and attached again. */
  attachment: text('attachment').notNull(),
  /** The clock of the refresh that counted it: the next one recounts from that month on. */
  countedAt: timestamp('counted_at', { withTimezone: true }).notNull(),
});

/** When the figures were last computed, and since when a write has made them stale. */
export const statsRefresh = pgTable('stats_refresh', {
  id: text('id').primaryKey(),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
  /** The day statuses (valid, expiring, expired, overdue) were computed for. */
  asOf: date('as_of').notNull(),
  durationMs: integer('duration_ms').notNull(),
  /** `all` or the province id of the last per-province refresh. */
  scope: text('scope').notNull(),
  staleSince: timestamp('stale_since', { withTimezone: true }),
});
