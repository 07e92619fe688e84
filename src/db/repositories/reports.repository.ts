import { and, asc, desc, eq, gt, gte, isNull, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { ReportPeriod, ReportStatus } from '../../domain/reports/report-workflow';
import { toCount, type Database } from '../database';
import {
  adminUnits,
  certificates,
  dossiers,
  decisionItems,
  producers,
  reports,
  reportVersions,
  roundProducts,
  roundResults,
  tradeEvents,
  trainingCourses,
} from '../schema';
import { withinPaths } from './promotion.repository';

/** Queries of the periodic reports to the level above, and the live counts they snapshot. No rules. */

export type ReportRow = typeof reports.$inferSelect;
export type ReportVersionRow = typeof reportVersions.$inferSelect;
export type { ReportNarrative } from '../schema';

export interface ReportWithUnit {
  report: ReportRow;
  unitName: string;
  unitLevel: string;
  unitPath: string;
}

function joined(db: Database) {
  return db
    .select({
      report: reports,
      unitName: adminUnits.fullName,
      unitLevel: adminUnits.level,
      unitPath: adminUnits.path,
    })
    .from(reports)
    .innerJoin(adminUnits, eq(adminUnits.id, reports.unitId));
}

export async function findReport(db: Database, id: string): Promise<ReportWithUnit | undefined> {
  const [row] = await joined(db).where(eq(reports.id, id));
  return row;
}

export async function findReportOf(
  db: Database,
  key: { unitId: string; year: number; period: ReportPeriod },
): Promise<ReportWithUnit | undefined> {
  const [row] = await joined(db).where(
    and(eq(reports.unitId, key.unitId), eq(reports.year, key.year), eq(reports.period, key.period)),
  );
  return row;
}

export async function insertReport(db: Database, values: typeof reports.$inferInsert): Promise<ReportRow> {
  const [row] = await db.insert(reports).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Writes `values` when the report is still at `revision` (and bumps it); false when it moved on. */
export async function updateReportIf(
  db: Database,
  id: string,
  revision: number,
  values: Partial<typeof reports.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(reports)
    .set({ ...values, revision: revision + 1 })
    .where(and(eq(reports.id, id), eq(reports.revision, revision)))
    .returning({ id: reports.id });
  return rows.length === 1;
}

export async function insertReportVersion(
  db: Database,
  values: typeof reportVersions.$inferInsert,
): Promise<void> {
  await db.insert(reportVersions).values(values);
}

export async function listReportVersions(db: Database, reportId: string): Promise<ReportVersionRow[]> {
  return db
    .select()
    .from(reportVersions)
    .where(eq(reportVersions.reportId, reportId))
    .orderBy(asc(reportVersions.version));
}

export async function findReportVersion(
  db: Database,
  reportId: string,
  version: number,
): Promise<ReportVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(reportVersions)
    .where(and(eq(reportVersions.reportId, reportId), eq(reportVersions.version, version)));
  return row;
}

/** Reports of units within the scopes, newest year first, then by unit name; paginated. */
export async function listReportsWithUnits(
  db: Database,
  filter: {
    scopePaths: readonly string[];
    withinPath?: string | undefined;
    year?: number | undefined;
    period?: ReportPeriod | undefined;
    status?: ReportStatus | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: ReportWithUnit[]; total: number }> {
  const conditions: SQL[] = [withinPaths(adminUnits.path, filter.scopePaths, filter.withinPath)];
  if (filter.year !== undefined) conditions.push(eq(reports.year, filter.year));
  if (filter.period) conditions.push(eq(reports.period, filter.period));
  if (filter.status) conditions.push(eq(reports.status, filter.status));
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    joined(db)
      .where(where)
      .orderBy(desc(reports.year), asc(reports.period), asc(adminUnits.fullName))
      .limit(filter.limit)
      .offset(filter.offset),
    db
      .select({ n: sql`count(*)` })
      .from(reports)
      .innerJoin(adminUnits, eq(adminUnits.id, reports.unitId))
      .where(where),
  ]);
  return { rows, total: toCount(count?.n) };
}

export interface UnitSummary {
  id: string;
  name: string;
  level: string;
  path: string;
  parentId: string | null;
}

export async function findUnitSummary(db: Database, unitId: string): Promise<UnitSummary | undefined> {
  const [row] = await db
    .select({
      id: adminUnits.id,
      name: adminUnits.fullName,
      level: adminUnits.level,
      path: adminUnits.path,
      parentId: adminUnits.parentId,
    })
    .from(adminUnits)
    .where(eq(adminUnits.id, unitId));
  return row;
}

/** The units in force directly below a unit, by name (the provinces of the nation). */
export async function listChildUnitsInForce(db: Database, parentId: string): Promise<UnitSummary[]> {
  return db
    .select({
      id: adminUnits.id,
      name: adminUnits.fullName,
      level: adminUnits.level,
      path: adminUnits.path,
      parentId: adminUnits.parentId,
    })
    .from(adminUnits)
    .where(and(eq(adminUnits.parentId, parentId), isNull(adminUnits.validTo)))
    .orderBy(asc(adminUnits.fullName));
}

// ── live counts snapshotted into a report ─────────────────────────────────

function certificatesOfUnit(db: Database, unitPath: string) {
  return {
    from: db
      .select({ stars: certificates.stars, productSet: certificates.productSet, n: sql`count(*)` })
      .from(certificates)
      .innerJoin(producers, eq(producers.id, certificates.producerId))
      .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId)),
    unit: like(adminUnits.path, `${unitPath}%`),
  };
}

/** A certificate in force on `day`: issued by then, not yet run out, revoked or superseded. */
function validOn(day: string): SQL {
  return and(
    lte(certificates.issuedOn, day),
    gte(certificates.validUntil, day),
    or(isNull(certificates.revokedOn), gt(certificates.revokedOn, day)),
    or(isNull(certificates.supersededOn), gt(certificates.supersededOn, day)),
  )!;
}

export interface StarSetCount {
  stars: number;
  productSet: number;
  count: number;
}

const toStarSet = (rows: { stars: number; productSet: number; n: unknown }[]): StarSetCount[] =>
  rows.map((r) => ({ stars: r.stars, productSet: r.productSet, count: toCount(r.n) }));

/** Certificates in force on `day` in the unit's subtree, per (stars, product set). */
export async function countValidCertificates(
  db: Database,
  params: { unitPath: string; day: string },
): Promise<StarSetCount[]> {
  const q = certificatesOfUnit(db, params.unitPath);
  return toStarSet(
    await q.from.where(and(q.unit, validOn(params.day))).groupBy(certificates.stars, certificates.productSet),
  );
}

/** Original certificates (not corrections) issued from `from` to `to`, per (stars, product set). */
export async function countIssuedCertificates(
  db: Database,
  params: { unitPath: string; from: string; to: string },
): Promise<StarSetCount[]> {
  const q = certificatesOfUnit(db, params.unitPath);
  return toStarSet(
    await q.from
      .where(
        and(
          q.unit,
          eq(certificates.issueKind, 'original'),
          gte(certificates.issuedOn, params.from),
          lte(certificates.issuedOn, params.to),
        ),
      )
      .groupBy(certificates.stars, certificates.productSet),
  );
}

/** Original certificates issued in the period by the type of the dossier they came from. */
export async function countIssuedByDossierType(
  db: Database,
  params: { unitPath: string; from: string; to: string },
): Promise<{ type: string; count: number }[]> {
  const rows = await db
    .select({ type: dossiers.type, n: sql`count(*)` })
    .from(certificates)
    .innerJoin(producers, eq(producers.id, certificates.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .innerJoin(decisionItems, eq(decisionItems.id, certificates.decisionItemId))
    .innerJoin(roundResults, eq(roundResults.id, decisionItems.roundResultId))
    .innerJoin(roundProducts, eq(roundProducts.id, roundResults.roundProductId))
    .innerJoin(dossiers, eq(dossiers.id, roundProducts.dossierId))
    .where(
      and(
        like(adminUnits.path, `${params.unitPath}%`),
        eq(certificates.issueKind, 'original'),
        gte(certificates.issuedOn, params.from),
        lte(certificates.issuedOn, params.to),
      ),
    )
    .groupBy(dossiers.type);
  return rows.map((r) => ({ type: r.type, count: toCount(r.n) }));
}

/** Certificates revoked in the period, and those that ran out in it (neither revoked nor superseded before). */
export async function countCertificateEndings(
  db: Database,
  params: { unitPath: string; from: string; to: string },
): Promise<{ revoked: number; expired: number }> {
  const base = () =>
    db
      .select({ n: sql`count(*)` })
      .from(certificates)
      .innerJoin(producers, eq(producers.id, certificates.producerId))
      .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId));
  const unit = like(adminUnits.path, `${params.unitPath}%`);
  const [[revoked], [expired]] = await Promise.all([
    base().where(and(unit, gte(certificates.revokedOn, params.from), lte(certificates.revokedOn, params.to))),
    base().where(
      and(
        unit,
        gte(certificates.validUntil, params.from),
        lt(certificates.validUntil, params.to),
        or(isNull(certificates.revokedOn), gt(certificates.revokedOn, certificates.validUntil)),
        or(isNull(certificates.supersededOn), gt(certificates.supersededOn, certificates.validUntil)),
      ),
    ),
  ]);
  return { revoked: toCount(revoked?.n), expired: toCount(expired?.n) };
}

/** Trade events and training courses of the unit's subtree starting within the period. */
export async function countPromotionInPeriod(
  db: Database,
  params: { unitPath: string; from: string; to: string },
): Promise<{ tradeEvents: number; trainingCourses: number }> {
  const [[events], [courses]] = await Promise.all([
    db
      .select({ n: sql`count(*)` })
      .from(tradeEvents)
      .innerJoin(adminUnits, eq(adminUnits.id, tradeEvents.unitId))
      .where(
        and(
          like(adminUnits.path, `${params.unitPath}%`),
          gte(tradeEvents.startsOn, params.from),
          lte(tradeEvents.startsOn, params.to),
        ),
      ),
    db
      .select({ n: sql`count(*)` })
      .from(trainingCourses)
      .innerJoin(adminUnits, eq(adminUnits.id, trainingCourses.unitId))
      .where(
        and(
          like(adminUnits.path, `${params.unitPath}%`),
          gte(trainingCourses.startsOn, params.from),
          lte(trainingCourses.startsOn, params.to),
        ),
      ),
  ]);
  return { tradeEvents: toCount(events?.n), trainingCourses: toCount(courses?.n) };
}
