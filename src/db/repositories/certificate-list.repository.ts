/**
 * The certificate list of the offices (danh sách giấy chứng nhận): jurisdiction, status on a day
 * and the other filters in SQL, paginated with the total. The status conditions mirror
 * `deriveCertificateStatus` (domain/evaluation/certificate-rules).
 */
import { and, asc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { CertificateStatus } from '../../domain/evaluation/evaluation.types';
import { addDays } from '../../domain/calendar/working-days';
import { queryRows, toCount, type Database } from '../database';
import { adminUnits, certificates } from '../schema';

export type CertificateListRow = typeof certificates.$inferSelect;

export interface CertificateListFilter {
  /** Who sees what: certificates of these producers, or issued/held under these unit paths. */
  producerIds: readonly string[];
  unitPaths: readonly string[];
  today: string;
  statuses?: readonly CertificateStatus[] | undefined;
  stars?: number | undefined;
  productSet?: number | undefined;
  /** Issued by, or held by a producer within, the unit with this path. */
  unitPath?: string | undefined;
  /** Valid today and ending within this many days (0 = today). */
  expiringWithinDays?: number | undefined;
  /**
   * Sắp hết hạn / đã hết hạn chưa đánh giá lại: expired, or ending within this many days, and not
   * followed up — neither revoked, replaced nor ended early, no newer certificate of the product,
   * no re-evaluation dossier submitted (any status past draft) since the certificate was issued.
   * Replaces `expiringWithinDays` when given.
   */
  notReEvaluatedWithinDays?: number | undefined;
  producerId?: string | undefined;
  decisionId?: string | undefined;
  limit: number;
  offset: number;
}

/** `alias.path like 'p%' or …`: the unit is one of `paths` or lies under one. */
function pathUnder(alias: string, paths: readonly string[]): SQL {
  return sql.join(
    paths.map((path) => sql`${sql.raw(alias)}.path like ${`${path}%`}`),
    sql` or `,
  );
}

/**
 * Issued by a unit under one of `paths`. Written as `= any(array(…))` so PostgreSQL reads
 * `certificates_issuer_idx` for the units' ids (index-only for a count), whatever it guesses.
 */
function issuedUnder(paths: readonly string[]): SQL {
  return sql`${certificates.issuerUnitId} = any(array(select u.id from admin_units u where ${pathUnder('u', paths)}))`;
}

/** Not issued by a unit under one of `paths`: the complement of `issuedUnder`, as an anti-join. */
function notIssuedUnder(paths: readonly string[]): SQL {
  return sql`not exists (select 1 from admin_units iu where iu.id = ${certificates.issuerUnitId} and (${pathUnder('iu', paths)}))`;
}

/** Held by one of the visible producers: the actor's own, and those of communes under its paths. */
function heldByVisibleProducer(filter: CertificateListFilter): SQL {
  const producers: SQL[] = [];
  if (filter.unitPaths.length > 0)
    producers.push(
      sql`select p.id from producers p join admin_units u on u.id = p.commune_id where ${pathUnder('u', filter.unitPaths)}`,
    );
  if (filter.producerIds.length > 0)
    producers.push(
      sql`select p.id from producers p where p.id in (${sql.join(
        filter.producerIds.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  return sql`${certificates.producerId} in (${sql.join(producers, sql` union all `)})`;
}

/**
 * Issued by, or held by a producer within, a unit under one of `paths`. Written as `= any(array(…))`
 * on the certificate's own indexed columns so PostgreSQL combines two index scans (a bitmap OR)
 * instead of joining every certificate to its issuer and its producer's commune.
 */
function underPaths(paths: readonly string[]): SQL {
  const units = pathUnder('u', paths);
  return sql`(${certificates.issuerUnitId} = any(array(select u.id from admin_units u where ${units}))
    or ${certificates.producerId} = any(array(select p.id from producers p join admin_units u on u.id = p.commune_id where ${units})))`;
}

function statusCondition(status: CertificateStatus, today: string): SQL {
  const revoked = and(sql`${certificates.revokedOn} is not null`, lte(certificates.revokedOn, today))!;
  const notRevoked = or(isNull(certificates.revokedOn), sql`${certificates.revokedOn} > ${today}`)!;
  const superseded = and(
    notRevoked,
    sql`${certificates.supersededOn} is not null`,
    lte(certificates.supersededOn, today),
  )!;
  const notSuperseded = or(isNull(certificates.supersededOn), sql`${certificates.supersededOn} > ${today}`)!;
  const ended = or(
    sql`${certificates.validUntil} < ${today}`,
    and(sql`${certificates.endedOn} is not null`, lte(certificates.endedOn, today)),
  )!;
  switch (status) {
    case 'revoked':
      return revoked;
    case 'superseded':
      return superseded;
    case 'expired':
      return and(notRevoked, notSuperseded, ended)!;
    case 'valid':
      return and(notRevoked, notSuperseded, sql`not (${ended})`)!;
  }
}

/** Expired or ending within `days`, and neither re-evaluated, replaced, revoked nor ended. */
function notReEvaluated(today: string, days: number): SQL {
  return and(
    isNull(certificates.revokedOn),
    isNull(certificates.supersededOn),
    isNull(certificates.endedOn),
    lte(certificates.validUntil, addDays(today, days)),
    sql`not exists (select 1 from certificates newer where newer.product_id = ${certificates.productId} and newer.issued_on > ${certificates.issuedOn})`,
    sql`not exists (select 1 from dossiers d where d.product_id = ${certificates.productId} and d.type = 're-evaluation' and d.status <> 'draft' and d.created_at >= ${certificates.issuedOn}::timestamp at time zone 'Asia/Ho_Chi_Minh')`,
  )!;
}

/** The filters other than who may see: status on the day, stars, set, unit, expiry, producer, decision. */
function filterConditions(filter: CertificateListFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.statuses && filter.statuses.length > 0)
    conditions.push(or(...filter.statuses.map((s) => statusCondition(s, filter.today)))!);
  if (filter.stars !== undefined) conditions.push(eq(certificates.stars, filter.stars));
  if (filter.productSet !== undefined) conditions.push(eq(certificates.productSet, filter.productSet));
  if (filter.unitPath !== undefined) conditions.push(underPaths([filter.unitPath]));
  if (filter.notReEvaluatedWithinDays !== undefined)
    conditions.push(notReEvaluated(filter.today, filter.notReEvaluatedWithinDays));
  else if (filter.expiringWithinDays !== undefined)
    conditions.push(
      statusCondition('valid', filter.today),
      gte(certificates.validUntil, filter.today),
      lte(certificates.validUntil, addDays(filter.today, filter.expiringWithinDays)),
    );
  if (filter.producerId) conditions.push(eq(certificates.producerId, filter.producerId));
  if (filter.decisionId) conditions.push(eq(certificates.decisionId, filter.decisionId));
  return conditions;
}

/**
 * The visible certificates as two disjoint parts, each read through its own index: those issued
 * under the actor's paths (`certificates_issuer_idx`), and those held by a visible producer and not
 * issued under the paths (`certificates_producer_idx`, which carries the issuer). Their union is
 * exactly "issued by, or held by a producer within, the actor's units, or held by its producers".
 */
function visibleParts(filter: CertificateListFilter): SQL[] {
  const filters = filterConditions(filter);
  const parts: SQL[] = [];
  const hasUnits = filter.unitPaths.length > 0;
  if (hasUnits) parts.push(and(issuedUnder(filter.unitPaths), ...filters)!);
  if (hasUnits || filter.producerIds.length > 0)
    parts.push(
      and(
        heldByVisibleProducer(filter),
        ...(hasUnits ? [notIssuedUnder(filter.unitPaths)] : []),
        ...filters,
      )!,
    );
  return parts;
}

/**
 * The same certificates as one condition, for walking `certificates_listing_idx` in list order:
 * the two `in (…)` under an `or` are hashed once, each row is then tested in constant time on the
 * columns the index carries.
 */
function visibleCondition(filter: CertificateListFilter): SQL {
  const visible: SQL[] = [];
  if (filter.unitPaths.length > 0)
    visible.push(
      sql`${certificates.issuerUnitId} in (select u.id from admin_units u where ${pathUnder('u', filter.unitPaths)})`,
    );
  visible.push(heldByVisibleProducer(filter));
  return and(or(...visible), ...filterConditions(filter))!;
}

/** Up to this many matching certificates, a page is always sorted from the two parts. */
const SORT_PARTS_UP_TO = 2_000;
/** A walked index entry costs about a quarter of a row sorted from the parts. */
const WALKED_PER_SORTED = 4;

/** How a page is found: sorted from the two parts, or walked in list order (tests force either). */
export type CertificatePageWay = 'sortParts' | 'walk';

/**
 * The cheaper way to a page. Walking `certificates_listing_idx` in list order reads about
 * (offset + limit) ÷ (visible share of the table) entries and stops; sorting reads every visible
 * row through the two parts (a few index pages per visible producer). So a large jurisdiction's
 * first pages are walked, a small one's or a deep page sorted. Without the planner's row estimate
 * (a table never analysed) only the first eighth of a list is walked.
 */
export function cheaperCertificatePageWay(page: {
  total: number;
  offset: number;
  limit: number;
  tableRowsEstimate: number;
}): CertificatePageWay {
  if (page.total <= SORT_PARTS_UP_TO) return 'sortParts';
  const share = page.tableRowsEstimate > 0 ? Math.min(1, page.total / page.tableRowsEstimate) : 1 / 32;
  const walked = (page.offset + page.limit) / share;
  return walked <= WALKED_PER_SORTED * page.total ? 'walk' : 'sortParts';
}

/**
 * Visible certificates, soonest end date first (then by number), with the exact total: counted over
 * the two disjoint parts (index-only scans when no other filter applies), then the page's numbers
 * found the cheaper way (`cheaperCertificatePageWay`) and only those rows read.
 */
export async function listCertificatesPage(
  db: Database,
  filter: CertificateListFilter,
  options: { way?: CertificatePageWay } = {},
): Promise<{ rows: CertificateListRow[]; total: number }> {
  const parts = visibleParts(filter);
  if (parts.length === 0) return { rows: [], total: 0 };
  const counts = parts.map((part) => sql`(select count(*) from ${certificates} where ${part})`);
  const [counted] = await queryRows<{ n: unknown; estimate: unknown }>(
    db,
    sql`select ${sql.join(counts, sql` + `)} as n,
      (select reltuples from pg_class where oid = 'certificates'::regclass) as estimate`,
  );
  const total = toCount(counted?.n);
  if (total <= filter.offset) return { rows: [], total };
  const way =
    options.way ??
    cheaperCertificatePageWay({ ...filter, total, tableRowsEstimate: Number(counted?.estimate ?? -1) });
  const pageNumbers =
    way === 'sortParts'
      ? sql`select v.number from (${sql.join(
          parts.map(
            (part) =>
              sql`select ${certificates.validUntil}, ${certificates.number} from ${certificates} where ${part}`,
          ),
          sql` union all `,
        )}) v order by v.valid_until, v.number limit ${filter.limit} offset ${filter.offset}`
      : db
          .select({ number: certificates.number })
          .from(certificates)
          .where(visibleCondition(filter))
          .orderBy(asc(certificates.validUntil), asc(certificates.number))
          .limit(filter.limit)
          .offset(filter.offset)
          .getSQL();
  const rows = await db
    .select()
    .from(certificates)
    .where(sql`${certificates.number} in (${pageNumbers})`)
    .orderBy(asc(certificates.validUntil), asc(certificates.number));
  return { rows, total };
}

/** The path of a unit, or undefined. */
export async function findUnitPathById(db: Database, unitId: string): Promise<string | undefined> {
  const [row] = await db.select({ path: adminUnits.path }).from(adminUnits).where(eq(adminUnits.id, unitId));
  return row?.path;
}

/** Every certificate these units issued (answer for), by number. */
export async function listCertificatesOfIssuers(
  db: Database,
  issuerUnitIds: readonly string[],
): Promise<CertificateListRow[]> {
  if (issuerUnitIds.length === 0) return [];
  return db
    .select()
    .from(certificates)
    .where(inArray(certificates.issuerUnitId, [...issuerUnitIds]))
    .orderBy(asc(certificates.number));
}
