import { and, asc, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { toCount, type Database } from '../database';
import { adminUnits, pointOfSaleProducts, pointsOfSale, products, producers } from '../schema';
import { withinPaths } from './promotion.repository';

export type PointOfSaleRow = typeof pointsOfSale.$inferSelect;

export interface PointOfSaleWithUnits {
  point: PointOfSaleRow;
  communeName: string;
  communePath: string;
  provinceId: string;
  provinceName: string;
}

const province = alias(adminUnits, 'province');

function joined(db: Database) {
  return db
    .select({
      point: pointsOfSale,
      communeName: adminUnits.fullName,
      communePath: adminUnits.path,
      provinceId: province.id,
      provinceName: province.fullName,
    })
    .from(pointsOfSale)
    .innerJoin(adminUnits, eq(adminUnits.id, pointsOfSale.communeId))
    .innerJoin(province, eq(province.id, adminUnits.parentId));
}

export async function insertPointOfSale(
  db: Database,
  values: typeof pointsOfSale.$inferInsert,
  productIds: readonly string[],
): Promise<PointOfSaleRow> {
  const [row] = await db.insert(pointsOfSale).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  if (productIds.length > 0)
    await db
      .insert(pointOfSaleProducts)
      .values([...new Set(productIds)].map((productId) => ({ pointOfSaleId: row.id, productId })));
  return row;
}

export async function findPointOfSale(db: Database, id: string): Promise<PointOfSaleWithUnits | undefined> {
  const [row] = await joined(db).where(eq(pointsOfSale.id, id));
  return row;
}

/** Visible points of sale (commune under one of `scopePaths`), by name, with the total. */
export async function listPointsOfSale(
  db: Database,
  filter: { scopePaths: readonly string[]; withinPath?: string | undefined; limit: number; offset: number },
): Promise<{ rows: PointOfSaleWithUnits[]; total: number }> {
  const where = withinPaths(adminUnits.path, filter.scopePaths, filter.withinPath);
  const rows = await joined(db)
    .where(where)
    .orderBy(asc(pointsOfSale.name), asc(pointsOfSale.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(pointsOfSale)
    .innerJoin(adminUnits, eq(adminUnits.id, pointsOfSale.communeId))
    .where(where);
  return { rows, total: toCount(count?.n) };
}

/** The products each point carries, by name. */
export async function listProductsOfPoints(
  db: Database,
  pointIds: readonly string[],
): Promise<{ pointOfSaleId: string; id: string; name: string; producerName: string; status: string }[]> {
  if (pointIds.length === 0) return [];
  return db
    .select({
      pointOfSaleId: pointOfSaleProducts.pointOfSaleId,
      id: products.id,
      name: products.name,
      producerName: producers.name,
      status: products.status,
    })
    .from(pointOfSaleProducts)
    .innerJoin(products, eq(products.id, pointOfSaleProducts.productId))
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(inArray(pointOfSaleProducts.pointOfSaleId, [...pointIds]))
    .orderBy(asc(products.name));
}

/** Every point of sale of a province (public page), by commune and name. */
export async function listPointsOfSaleOfProvince(
  db: Database,
  provincePath: string,
): Promise<PointOfSaleWithUnits[]> {
  return joined(db)
    .where(like(adminUnits.path, `${provincePath}%`))
    .orderBy(asc(adminUnits.fullName), asc(pointsOfSale.name));
}

/** The provinces that have points of sale, with their counts (public index). */
export async function listProvincesWithPointsOfSale(
  db: Database,
): Promise<{ code: string; name: string; count: number }[]> {
  const rows = await db
    .select({ code: province.code, name: province.fullName, n: sql`count(*)` })
    .from(pointsOfSale)
    .innerJoin(adminUnits, eq(adminUnits.id, pointsOfSale.communeId))
    .innerJoin(province, eq(province.id, adminUnits.parentId))
    .groupBy(province.code, province.fullName)
    .orderBy(asc(province.fullName));
  return rows.map((r) => ({ code: r.code, name: r.name, count: toCount(r.n) }));
}

/** The points of sale carrying a product ("where to buy" on the product page). */
export async function listPointsOfSaleCarrying(
  db: Database,
  productId: string,
): Promise<PointOfSaleWithUnits[]> {
  return joined(db)
    .innerJoin(
      pointOfSaleProducts,
      and(
        eq(pointOfSaleProducts.pointOfSaleId, pointsOfSale.id),
        eq(pointOfSaleProducts.productId, productId),
      ),
    )
    .orderBy(asc(pointsOfSale.name));
}

/** Points of sale of `unitPath` and below (plan indicator "points of sale"). */
export async function countPointsOfSale(db: Database, filter: { unitPath: string }): Promise<number> {
  const [row] = await db
    .select({ n: sql`count(*)` })
    .from(pointsOfSale)
    .innerJoin(adminUnits, eq(adminUnits.id, pointsOfSale.communeId))
    .where(like(adminUnits.path, `${filter.unitPath}%`));
  return toCount(row?.n);
}

/** A province in force by its code (public pages address provinces by code). */
export async function findProvinceInForceByCode(
  db: Database,
  code: string,
): Promise<{ code: string; name: string; path: string } | undefined> {
  const [row] = await db
    .select({ code: adminUnits.code, name: adminUnits.fullName, path: adminUnits.path })
    .from(adminUnits)
    .where(and(eq(adminUnits.code, code), eq(adminUnits.level, 'province'), isNull(adminUnits.validTo)));
  return row;
}
