/** Shoppers' reports of suspected fake stamps (báo cáo nghi hàng giả), as the standing office reads them. */
import { desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database';
import { adminUnits, products, stampReports } from '../schema';

export type StampReportRow = typeof stampReports.$inferSelect;

/** The photo a shopper attached to a report, in the blob store. */
export type StampReportPhoto = NonNullable<StampReportRow['photo']>;

/**
 * Reports of provinces under one of `unitPaths`, newest first, at most `limit`, with the name of
 * the product they name (if any).
 */
export async function listStampReports(
  db: Database,
  o: { unitPaths: readonly string[]; limit: number },
): Promise<{ report: StampReportRow; productName: string | null }[]> {
  if (o.unitPaths.length === 0) return [];
  return db
    .select({ report: stampReports, productName: products.name })
    .from(stampReports)
    .innerJoin(adminUnits, eq(adminUnits.id, stampReports.provinceUnitId))
    .leftJoin(products, eq(products.id, stampReports.productId))
    .where(or(...o.unitPaths.map((p): SQL => sql`${adminUnits.path} like ${`${p}%`}`)))
    .orderBy(desc(stampReports.createdAt))
    .limit(o.limit);
}

/** A report's photo and the path of its province; undefined when the report is unknown. */
export async function findStampReportPhoto(
  db: Database,
  id: string,
): Promise<{ photo: StampReportPhoto | null; path: string } | undefined> {
  const [row] = await db
    .select({ photo: stampReports.photo, path: adminUnits.path })
    .from(stampReports)
    .innerJoin(adminUnits, eq(adminUnits.id, stampReports.provinceUnitId))
    .where(eq(stampReports.id, id));
  return row;
}

/** A shopper's report as it is stored (the stamp it names, resolved when known). */
export type NewStampReport = typeof stampReports.$inferInsert;

/** Stores one shopper's report. */
export async function insertStampReport(db: Database, report: NewStampReport): Promise<void> {
  await db.insert(stampReports).values(report);
}
