/** Stamp batches (lô tem): ordering, listing with scan counters, and who may see them. Queries only. */
import { desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../database';
import { adminUnits, certificates, producers, products, stampBatches } from '../schema';
import type { StampBatchRow } from './stamps.repository';

export type NewStampBatchRow = typeof stampBatches.$inferInsert;
export type StampCertificateRow = typeof certificates.$inferSelect;
export type StampProductRow = typeof products.$inferSelect;

/**
 * The batches an account may read: those of `producerIds`, and those of producers whose commune
 * lies under one of `unitPaths`. When both are empty, none.
 */
export interface StampBatchVisibility {
  producerIds: readonly string[];
  unitPaths: readonly string[];
}

/** The visibility as a condition on `stamp_batches`. */
export function visibleBatchesSql(visible: StampBatchVisibility): SQL {
  const conditions: SQL[] = [];
  if (visible.producerIds.length > 0)
    conditions.push(inArray(stampBatches.producerId, [...visible.producerIds]));
  if (visible.unitPaths.length > 0) {
    const within = sql.join(
      visible.unitPaths.map((p) => sql`u.path like ${`${p}%`}`),
      sql` or `,
    );
    conditions.push(
      sql`${stampBatches.producerId} in (select p.id from producers p join admin_units u on u.id = p.commune_id where ${within})`,
    );
  }
  return conditions.length > 0 ? or(...conditions)! : sql`false`;
}

/** The product with its producer, the producer's commune path and province (the stamp scope). */
export interface ProductStampScope {
  product: StampProductRow;
  producerName: string;
  producerUnitPath: string;
  provinceUnitId: string | null;
}

export async function findProductStampScope(
  db: Database,
  productId: string,
): Promise<ProductStampScope | undefined> {
  const [row] = await db
    .select({
      product: products,
      producerName: producers.name,
      producerUnitPath: adminUnits.path,
      provinceUnitId: adminUnits.parentId,
    })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(eq(products.id, productId));
  return row;
}

export async function findStampBatch(db: Database, id: string): Promise<StampBatchRow | undefined> {
  const [batch] = await db.select().from(stampBatches).where(eq(stampBatches.id, id));
  return batch;
}

/** The certificates of a product, newest issued first. */
export async function listCertificatesOfProduct(
  db: Database,
  productId: string,
): Promise<StampCertificateRow[]> {
  return db
    .select()
    .from(certificates)
    .where(eq(certificates.productId, productId))
    .orderBy(desc(certificates.issuedOn));
}

/** The certificates of these products, newest issued first. */
export async function listCertificatesOfProducts(
  db: Database,
  productIds: readonly string[],
): Promise<StampCertificateRow[]> {
  if (productIds.length === 0) return [];
  return db
    .select()
    .from(certificates)
    .where(inArray(certificates.productId, [...productIds]))
    .orderBy(desc(certificates.issuedOn));
}

/**
 * Products stamps may be asked for, by name, at most `limit`: those of `producerIds`, and those
 * with a certificate of a producer whose commune lies under one of `unitPaths`.
 */
export async function listStampCandidateProducts(
  db: Database,
  o: { producerIds: readonly string[]; unitPaths: readonly string[]; limit: number },
): Promise<{ product: StampProductRow; producerName: string }[]> {
  const conditions: SQL[] = [];
  if (o.producerIds.length > 0) conditions.push(inArray(products.producerId, [...o.producerIds]));
  if (o.unitPaths.length > 0) {
    const within = sql.join(
      o.unitPaths.map((p) => sql`u.path like ${`${p}%`}`),
      sql` or `,
    );
    conditions.push(
      sql`${products.id} in (select c.product_id from certificates c join producers p on p.id = c.producer_id join admin_units u on u.id = p.commune_id where ${within})`,
    );
  }
  if (conditions.length === 0) return [];
  return db
    .select({ product: products, producerName: producers.name })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(or(...conditions))
    .orderBy(products.name)
    .limit(o.limit);
}

export async function insertStampBatch(db: Database, values: NewStampBatchRow): Promise<StampBatchRow> {
  const [row] = await db.insert(stampBatches).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/**
 * Inserts stamps of a batch at these positions; a serial already taken is skipped. Returns the
 * serials inserted.
 */
export async function insertStamps(
  db: Database,
  batchId: string,
  rows: readonly { serial: string; position: number }[],
): Promise<string[]> {
  // Two text parameters per chunk (unnest) instead of three per row: parsing stays cheap.
  const inserted = await queryRows<{ serial: string }>(
    db,
    sql`insert into stamps (serial, batch_id, position) select t.serial, ${batchId}::uuid, t.position from unnest(string_to_array(${rows.map((r) => r.serial).join(',')}, ','), string_to_array(${rows.map((r) => r.position).join(',')}, ',')::int[]) as t(serial, position) on conflict do nothing returning serial`,
  );
  return inserted.map((r) => r.serial);
}

/** Which batches a summary list holds: one batch, a product's, or every visible one. */
export type StampBatchFilter =
  { batchId: string } | { productId: string } | { visible: StampBatchVisibility };

/** A batch with its product, producer, certificate, first serial and the scan counters of its stamps. */
export interface StampBatchSummary {
  batch: StampBatchRow;
  productName: string;
  producerName: string;
  certificateNumber: string;
  sampleSerial: string;
  scannedStamps: number;
  totalScans: number;
  possibleCopies: number;
  deactivated: number;
  reported: number;
}

function batchFilterSql(filter: StampBatchFilter): SQL {
  if ('batchId' in filter) return eq(stampBatches.id, filter.batchId);
  if ('productId' in filter) return eq(stampBatches.productId, filter.productId);
  return visibleBatchesSql(filter.visible);
}

/** Batches of `filter`, newest first, at most 200, with their counters as numbers. */
export async function listStampBatchSummaries(
  db: Database,
  filter: StampBatchFilter,
): Promise<StampBatchSummary[]> {
  const rows = await db
    .select({
      batch: stampBatches,
      productName: products.name,
      producerName: producers.name,
      certificateNumber: certificates.number,
      sampleSerial: sql<string>`(select serial from stamps s where s.batch_id = ${stampBatches.id} order by position limit 1)`,
      scannedStamps: sql<number>`(select count(*) filter (where scan_count > 0) from stamps s where s.batch_id = ${stampBatches.id})`,
      totalScans: sql<number>`(select coalesce(sum(scan_count), 0) from stamps s where s.batch_id = ${stampBatches.id})`,
      possibleCopies: sql<number>`(select count(*) filter (where is_possible_copy) from stamps s where s.batch_id = ${stampBatches.id})`,
      deactivated: sql<number>`(select count(*) filter (where status = 'deactivated') from stamps s where s.batch_id = ${stampBatches.id})`,
      reported: sql<number>`(select count(*) filter (where status = 'reported') from stamps s where s.batch_id = ${stampBatches.id})`,
    })
    .from(stampBatches)
    .innerJoin(products, eq(products.id, stampBatches.productId))
    .innerJoin(producers, eq(producers.id, stampBatches.producerId))
    .innerJoin(certificates, eq(certificates.id, stampBatches.certificateId))
    .where(batchFilterSql(filter))
    .orderBy(sql`${stampBatches.createdAt} desc`)
    .limit(200);
  return rows.map((r) => ({
    ...r,
    scannedStamps: Number(r.scannedStamps),
    totalScans: Number(r.totalScans),
    possibleCopies: Number(r.possibleCopies),
    deactivated: Number(r.deactivated),
    reported: Number(r.reported),
  }));
}
