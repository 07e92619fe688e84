/** Reads and writes the stamps demo makes beside the real stamp use cases. */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import { certificates, producers, products, stampBatches, stamps } from '../schema';

type StampBatchRow = typeof stampBatches.$inferSelect;
type StampRow = typeof stamps.$inferSelect;
type CertificateRow = typeof certificates.$inferSelect;

/** Products with these names of the producers with these registration numbers. */
export async function listProductsOfProducersNamed(
  db: Database,
  registrationNumbers: string[],
  names: string[],
): Promise<{ id: string; name: string; gtin: string | null; producerId: string; productSet: number }[]> {
  return db
    .select({
      id: products.id,
      name: products.name,
      gtin: products.gtin,
      producerId: products.producerId,
      productSet: products.productSet,
    })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(and(inArray(producers.registrationNumber, registrationNumbers), inArray(products.name, names)));
}

/** A product's stamp batch of a lot. */
export async function findStampBatchByLot(
  db: Database,
  productId: string,
  lot: string,
): Promise<StampBatchRow | undefined> {
  const [row] = await db
    .select()
    .from(stampBatches)
    .where(and(eq(stampBatches.productId, productId), eq(stampBatches.lot, lot)));
  return row;
}

/** A product's most recently issued certificate. */
export async function findLatestCertificateOfProduct(
  db: Database,
  productId: string,
): Promise<CertificateRow | undefined> {
  const [row] = await db
    .select()
    .from(certificates)
    .where(eq(certificates.productId, productId))
    .orderBy(desc(certificates.issuedOn));
  return row;
}

export async function findCertificateRow(db: Database, id: string): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(certificates).where(eq(certificates.id, id));
  return row;
}

/** Writes a stamp batch and its stamps directly (no order, no checks); returns the batch. */
export async function insertDemoStampBatch(
  db: Database,
  batch: typeof stampBatches.$inferInsert,
  stampRows: { serial: string; position: number }[],
): Promise<StampBatchRow> {
  const [row] = await db.insert(stampBatches).values(batch).returning();
  if (!row) throw new Error('insert returned nothing');
  await db.insert(stamps).values(stampRows.map((s) => ({ ...s, batchId: row.id })));
  return row;
}

/** Sets a product's GTIN as is (no version bump: the demo product has not been shown yet). */
export async function setDemoProductGtin(db: Database, productId: string, gtin: string): Promise<void> {
  await db.update(products).set({ gtin }).where(eq(products.id, productId));
}

/** The stamp at a position of a batch. */
export async function findStampAt(
  db: Database,
  batchId: string,
  position: number,
): Promise<StampRow | undefined> {
  const [row] = await db
    .select()
    .from(stamps)
    .where(and(eq(stamps.batchId, batchId), eq(stamps.position, position)));
  return row;
}

/** Flags the stamp at a position of a batch as a possible copy with a strong signal. */
export async function flagDemoStampAsCopy(db: Database, batchId: string, position: number): Promise<void> {
  await db
    .update(stamps)
    .set({ isPossibleCopy: true, hasStrongCopySignal: true })
    .where(and(eq(stamps.batchId, batchId), eq(stamps.position, position)));
}

/** The stamps of a batch, by position. */
export async function listStampsOfBatch(db: Database, batchId: string): Promise<StampRow[]> {
  return db.select().from(stamps).where(eq(stamps.batchId, batchId)).orderBy(asc(stamps.position));
}
