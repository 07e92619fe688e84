/** Market-surveillance cases and the suspected-fake reports linked to them. Queries only. */
import { and, count, desc, eq, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database';
import { adminUnits, certificates, marketCaseReports, marketCases, products, stampReports } from '../schema';

export type MarketCaseRow = typeof marketCases.$inferSelect;
/** A photo of a case is stored like an inspection attachment. */
export type { InspectionAttachment } from '../schema';

export interface MarketCaseWithNames {
  marketCase: MarketCaseRow;
  unitPath: string;
  unitName: string;
  productName: string | null;
}

export interface SuspectedFakeReport {
  id: string;
  serial: string | null;
  stampPath: string;
  productName: string | null;
  message: string;
  placeOfPurchase: string;
  hasPhoto: boolean;
  createdAt: Date;
  /** The path of the report's province (null when the scanned code matched no product). */
  provincePath: string | null;
}

function pathCondition(paths: readonly string[]): SQL {
  if (paths.length === 0) return sql`false`;
  return or(...paths.map((p) => like(adminUnits.path, `${p}%`)))!;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function insertMarketCase(
  db: Database,
  values: typeof marketCases.$inferInsert,
): Promise<MarketCaseRow> {
  const [row] = await db.insert(marketCases).values(values).returning();
  return row!;
}

/** Updates the case when it is still at `version` (then version + 1); undefined when it changed meanwhile. */
export async function updateMarketCaseIf(
  db: Database,
  id: string,
  version: number,
  set: Partial<typeof marketCases.$inferInsert>,
): Promise<MarketCaseRow | undefined> {
  const [row] = await db
    .update(marketCases)
    .set({ ...set, version: version + 1 })
    .where(and(eq(marketCases.id, id), eq(marketCases.version, version)))
    .returning();
  return row;
}

export async function findMarketCaseWithNames(
  db: Database,
  id: string,
): Promise<MarketCaseWithNames | undefined> {
  const [row] = await db
    .select({
      marketCase: marketCases,
      unitPath: adminUnits.path,
      unitName: adminUnits.fullName,
      productName: products.name,
    })
    .from(marketCases)
    .innerJoin(adminUnits, eq(adminUnits.id, marketCases.unitId))
    .leftJoin(products, eq(products.id, marketCases.productId))
    .where(eq(marketCases.id, id));
  return row;
}

/** Cases in the units under `unitPaths`, newest first, with their report counts. */
export async function listMarketCases(
  db: Database,
  filter: {
    unitPaths: readonly string[];
    status?: MarketCaseRow['status'] | undefined;
    q?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  const conditions: SQL[] = [pathCondition(filter.unitPaths)];
  if (filter.status) conditions.push(eq(marketCases.status, filter.status));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(
      or(
        ilike(marketCases.sellerName, pattern),
        ilike(marketCases.placeAddress, pattern),
        ilike(marketCases.claimedProduct, pattern),
      )!,
    );
  }
  const where = and(...conditions);
  const reportCount = db
    .select({ caseId: marketCaseReports.caseId, n: count().as('n') })
    .from(marketCaseReports)
    .groupBy(marketCaseReports.caseId)
    .as('report_count');
  const rows = await db
    .select({
      marketCase: marketCases,
      unitName: adminUnits.fullName,
      reportCount: sql<number>`coalesce(${reportCount.n}, 0)`.mapWith(Number),
    })
    .from(marketCases)
    .innerJoin(adminUnits, eq(adminUnits.id, marketCases.unitId))
    .leftJoin(reportCount, eq(reportCount.caseId, marketCases.id))
    .where(where)
    .orderBy(desc(marketCases.observedOn), desc(marketCases.createdAt))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db
    .select({ n: count() })
    .from(marketCases)
    .innerJoin(adminUnits, eq(adminUnits.id, marketCases.unitId))
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

const reportColumns = {
  id: stampReports.id,
  serial: stampReports.serial,
  stampPath: stampReports.stampPath,
  productName: products.name,
  message: stampReports.message,
  placeOfPurchase: stampReports.placeOfPurchase,
  hasPhoto: sql<boolean>`${stampReports.photo} is not null`,
  createdAt: stampReports.createdAt,
  provincePath: adminUnits.path,
};

/** The suspected-fake reports with these ids, with their province's path. */
export async function findSuspectedFakeReports(
  db: Database,
  ids: readonly string[],
): Promise<SuspectedFakeReport[]> {
  if (ids.length === 0) return [];
  return db
    .select(reportColumns)
    .from(stampReports)
    .leftJoin(adminUnits, eq(adminUnits.id, stampReports.provinceUnitId))
    .leftJoin(products, eq(products.id, stampReports.productId))
    .where(inArray(stampReports.id, [...ids]));
}

/** Reports of the provinces under `unitPaths`, newest first, with the cases each is linked to. */
export async function listSuspectedFakeReports(
  db: Database,
  filter: { unitPaths: readonly string[]; limit: number; offset: number },
) {
  const where = pathCondition(filter.unitPaths);
  const rows = await db
    .select({
      ...reportColumns,
      caseIds: sql<
        string[]
      >`coalesce((select array_agg(${marketCaseReports.caseId}::text) from ${marketCaseReports} where ${marketCaseReports.reportId} = ${stampReports.id}), '{}')`,
    })
    .from(stampReports)
    .innerJoin(adminUnits, eq(adminUnits.id, stampReports.provinceUnitId))
    .leftJoin(products, eq(products.id, stampReports.productId))
    .where(where)
    .orderBy(desc(stampReports.createdAt))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db
    .select({ n: count() })
    .from(stampReports)
    .innerJoin(adminUnits, eq(adminUnits.id, stampReports.provinceUnitId))
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The reports linked to a case, oldest link first. */
export async function listReportsOfCase(db: Database, caseId: string): Promise<SuspectedFakeReport[]> {
  return db
    .select(reportColumns)
    .from(marketCaseReports)
    .innerJoin(stampReports, eq(stampReports.id, marketCaseReports.reportId))
    .leftJoin(adminUnits, eq(adminUnits.id, stampReports.provinceUnitId))
    .leftJoin(products, eq(products.id, stampReports.productId))
    .where(eq(marketCaseReports.caseId, caseId))
    .orderBy(marketCaseReports.linkedAt, stampReports.createdAt);
}

/**
 * Links reports to a case (a link already there is kept as it was) and marks them reviewed, since
 * an officer has taken them up. Returns the ids newly linked.
 */
export async function linkReportsToCase(
  db: Database,
  link: { caseId: string; reportIds: readonly string[]; linkedBy: string; linkedAt: Date },
): Promise<string[]> {
  if (link.reportIds.length === 0) return [];
  const rows = await db
    .insert(marketCaseReports)
    .values(
      link.reportIds.map((reportId) => ({
        caseId: link.caseId,
        reportId,
        linkedBy: link.linkedBy,
        linkedAt: link.linkedAt,
      })),
    )
    .onConflictDoNothing()
    .returning({ reportId: marketCaseReports.reportId });
  await db
    .update(stampReports)
    .set({ status: 'reviewed' })
    .where(inArray(stampReports.id, [...link.reportIds]));
  return rows.map((r) => r.reportId);
}

export async function findProductName(db: Database, productId: string): Promise<string | undefined> {
  const [row] = await db.select({ name: products.name }).from(products).where(eq(products.id, productId));
  return row?.name;
}

/** The certificate of that number, if one exists (the facts its status is derived from). */
export async function findCertificateByNumber(db: Database, number: string) {
  const [row] = await db
    .select({
      number: certificates.number,
      productName: certificates.productName,
      validUntil: certificates.validUntil,
      revokedOn: certificates.revokedOn,
      supersededOn: certificates.supersededOn,
      endedOn: certificates.endedOn,
    })
    .from(certificates)
    .where(eq(certificates.number, number));
  return row;
}

/** Whether the unit already has a case of that seller observed that day (demo data is seeded once). */
export async function hasMarketCase(
  db: Database,
  key: { unitId: string; sellerName: string; observedOn: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: marketCases.id })
    .from(marketCases)
    .where(
      and(
        eq(marketCases.unitId, key.unitId),
        eq(marketCases.sellerName, key.sellerName),
        eq(marketCases.observedOn, key.observedOn),
      ),
    )
    .limit(1);
  return row !== undefined;
}
