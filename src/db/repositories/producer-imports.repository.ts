import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { adminUnits, importJobs, producers, products } from '../schema';
import type { NewProducerRow } from './producers.repository';
import type { NewProductRow } from './products.repository';

/** Current (not dissolved) communes among some codes, with their ids and paths. */
export async function listCurrentCommunesByCode(
  db: Database,
  codes: string[],
): Promise<{ id: string; code: string; path: string }[]> {
  return db
    .select({ id: adminUnits.id, code: adminUnits.code, path: adminUnits.path })
    .from(adminUnits)
    .where(and(eq(adminUnits.level, 'commune'), isNull(adminUnits.validTo), inArray(adminUnits.code, codes)));
}

/** Producers with some registration numbers, with their communes' paths. */
export async function listProducersByRegistrationNumber(
  db: Database,
  registrationNumbers: string[],
): Promise<{ id: string; registrationNumber: string; path: string }[]> {
  return db
    .select({ id: producers.id, registrationNumber: producers.registrationNumber, path: adminUnits.path })
    .from(producers)
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(inArray(producers.registrationNumber, registrationNumbers));
}

/** Producer ids by registration number, for the numbers that exist. */
export async function mapProducerIdsByRegistrationNumber(
  db: Database,
  registrationNumbers: string[],
): Promise<Map<string, string>> {
  if (registrationNumbers.length === 0) return new Map();
  const rows = await db
    .select({ id: producers.id, registrationNumber: producers.registrationNumber })
    .from(producers)
    .where(inArray(producers.registrationNumber, registrationNumbers));
  return new Map(rows.map((r) => [r.registrationNumber, r.id]));
}

/** The products of some producers, each as its producer and its name in lower case (the natural key). */
export async function listProductNameKeys(
  db: Database,
  producerIds: string[],
): Promise<{ producerId: string; name: string }[]> {
  return db
    .select({ producerId: products.producerId, name: sql<string>`lower(${products.name})` })
    .from(products)
    .where(inArray(products.producerId, producerIds));
}

/** Inserts producers, skipping any that exist already; returns those inserted. */
export async function insertProducersIfAbsent(
  db: Database,
  values: NewProducerRow[],
): Promise<{ id: string; registrationNumber: string }[]> {
  if (values.length === 0) return [];
  return db
    .insert(producers)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: producers.id, registrationNumber: producers.registrationNumber });
}

/** Inserts products, skipping any that exist already; returns the ids of those inserted. */
export async function insertProductsIfAbsent(
  db: Database,
  values: NewProductRow[],
): Promise<{ id: string }[]> {
  if (values.length === 0) return [];
  return db.insert(products).values(values).onConflictDoNothing().returning({ id: products.id });
}

/** Records an applied batch on its import job: rows done so far and what the batch created. */
export async function advanceImportJob(
  db: Database,
  jobId: string,
  progress: { processedRows: number; producersCreated: number; productsCreated: number },
): Promise<void> {
  await db
    .update(importJobs)
    .set({
      processedRows: progress.processedRows,
      producersCreated: sql`${importJobs.producersCreated} + ${progress.producersCreated}`,
      productsCreated: sql`${importJobs.productsCreated} + ${progress.productsCreated}`,
    })
    .where(eq(importJobs.id, jobId));
}
