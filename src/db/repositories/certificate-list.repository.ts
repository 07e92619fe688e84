/**
 * The certificate list of the offices (danh sách giấy chứng nhận): jurisdiction, status on a day
 * and the other filters in SQL, paginated with the total. The status conditions mirror
 * `deriveCertificateStatus` (domain/evaluation/certificate-rules).
 */
import { and, asc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { CertificateStatus } from '../../domain/evaluation/evaluation.types';
import { addDays } from '../../domain/calendar/working-days';
import { toCount, type Database } from '../database';
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

/**
 * Issued by, or held by a producer within, a unit under one of `paths`. Written as `= any(array(…))`
 * on the certificate's own indexed columns so PostgreSQL combines two index scans (a bitmap OR)
 * instead of joining every certificate to its issuer and its producer's commune.
 */
function underPaths(paths: readonly string[]): SQL {
  const units = sql.join(
    paths.map((path) => sql`u.path like ${`${path}%`}`),
    sql` or `,
  );
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

function condition(filter: CertificateListFilter): SQL {
  const visible: SQL[] = [];
  if (filter.producerIds.length > 0) visible.push(inArray(certificates.producerId, [...filter.producerIds]));
  if (filter.unitPaths.length > 0) visible.push(underPaths(filter.unitPaths));
  if (visible.length === 0) return sql`false`;
  const conditions: SQL[] = [or(...visible)!];
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
  return and(...conditions)!;
}

/** Visible certificates, soonest end date first, with the total count. */
export async function listCertificatesPage(
  db: Database,
  filter: CertificateListFilter,
): Promise<{ rows: CertificateListRow[]; total: number }> {
  const where = condition(filter);
  const rows = await db
    .select()
    .from(certificates)
    .where(where)
    .orderBy(asc(certificates.validUntil), asc(certificates.number))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(certificates)
    .where(where);
  return { rows, total: toCount(count?.n) };
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
