/**
 * Queries of the certificate import (giấy chứng nhận đã cấp): look-ups by natural keys for the
 * plan, and the inserts of one batch. No rules here — see server/modules/imports.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../database';
import { adminUnits, certificates, decisions, importJobs, producers, products } from '../schema';

const CHUNK = 1000;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) result.push(items.slice(i, i + CHUNK));
  return result;
}

/** A unit as the import needs it to resolve an issuer through the unit history. */
export interface ImportUnit {
  id: string;
  code: string;
  level: 'nation' | 'province' | 'district' | 'commune';
  fullName: string;
  parentId: string | null;
  path: string;
  validFrom: string;
  validTo: string | null;
}

const unitColumns = {
  id: adminUnits.id,
  code: adminUnits.code,
  level: adminUnits.level,
  fullName: adminUnits.fullName,
  parentId: adminUnits.parentId,
  path: adminUnits.path,
  validFrom: adminUnits.validFrom,
  validTo: adminUnits.validTo,
};

/** Every unit (of any date) with one of these codes, plus the nation (code `TW` in files). */
export async function findUnitsByCodes(db: Database, codes: readonly string[]): Promise<ImportUnit[]> {
  const result: ImportUnit[] = [];
  for (const part of chunks(codes))
    result.push(...(await db.select(unitColumns).from(adminUnits).where(inArray(adminUnits.code, part))));
  result.push(...(await db.select(unitColumns).from(adminUnits).where(eq(adminUnits.level, 'nation'))));
  return result;
}

export async function findImportUnitsByIds(db: Database, ids: readonly string[]): Promise<ImportUnit[]> {
  if (ids.length === 0) return [];
  return db
    .select(unitColumns)
    .from(adminUnits)
    .where(inArray(adminUnits.id, [...ids]));
}

/** Current communes by code: where a new producer is placed. */
export async function findCurrentCommunesByCodes(
  db: Database,
  codes: readonly string[],
): Promise<Map<string, { id: string; path: string }>> {
  const map = new Map<string, { id: string; path: string }>();
  for (const part of chunks(codes)) {
    const rows = await db
      .select({ id: adminUnits.id, code: adminUnits.code, path: adminUnits.path })
      .from(adminUnits)
      .where(
        and(eq(adminUnits.level, 'commune'), isNull(adminUnits.validTo), inArray(adminUnits.code, part)),
      );
    for (const row of rows) map.set(row.code, { id: row.id, path: row.path });
  }
  return map;
}

/** Producers by registration number (with their commune path) and their products' lower-case names. */
export async function findProducersAndProducts(db: Database, registrationNumbers: readonly string[]) {
  const producersByNumber = new Map<string, { id: string; path: string }>();
  for (const part of chunks(registrationNumbers)) {
    const rows = await db
      .select({ id: producers.id, registrationNumber: producers.registrationNumber, path: adminUnits.path })
      .from(producers)
      .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
      .where(inArray(producers.registrationNumber, part));
    for (const row of rows) producersByNumber.set(row.registrationNumber, { id: row.id, path: row.path });
  }
  const productIds = new Map<string, string>();
  for (const part of chunks([...producersByNumber.values()].map((p) => p.id))) {
    const rows = await db
      .select({
        id: products.id,
        producerId: products.producerId,
        name: sql<string>`lower(${products.name})`,
      })
      .from(products)
      .where(inArray(products.producerId, part));
    for (const row of rows) productIds.set(`${row.producerId}\u0000${row.name}`, row.id);
  }
  return { producersByNumber, productIds };
}

/** The certificate numbers among these that exist already. */
export async function findExistingCertificateNumbers(
  db: Database,
  numbers: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(numbers)) {
    const rows = await db
      .select({ number: certificates.number })
      .from(certificates)
      .where(inArray(certificates.number, part));
    for (const row of rows) found.add(row.number);
  }
  return found;
}

/** Decisions already recorded, keyed `<unit id>\u0000<number>`, with their date. */
export async function findDecisionsOfUnits(
  db: Database,
  unitIds: readonly string[],
): Promise<Map<string, { id: string; signedOn: string }>> {
  const map = new Map<string, { id: string; signedOn: string }>();
  for (const part of chunks(unitIds)) {
    const rows = await db
      .select({
        id: decisions.id,
        unitId: decisions.unitId,
        number: decisions.number,
        signedOn: decisions.signedOn,
      })
      .from(decisions)
      .where(inArray(decisions.unitId, part));
    for (const row of rows)
      map.set(`${row.unitId}\u0000${row.number}`, { id: row.id, signedOn: row.signedOn });
  }
  return map;
}

export type NewProducerRow = typeof producers.$inferInsert;
export type NewProductRow = typeof products.$inferInsert;
export type NewDecisionRow = typeof decisions.$inferInsert;
export type NewCertificateRow = typeof certificates.$inferInsert;

/** Inserts producers (keeping any created meanwhile) and returns id by registration number. */
export async function insertProducersKeepingExisting(
  tx: Database,
  rows: readonly NewProducerRow[],
): Promise<Map<string, string>> {
  if (rows.length > 0)
    await tx
      .insert(producers)
      .values([...rows])
      .onConflictDoNothing();
  const numbers = rows.map((r) => r.registrationNumber);
  if (numbers.length === 0) return new Map();
  const found = await tx
    .select({ id: producers.id, registrationNumber: producers.registrationNumber })
    .from(producers)
    .where(inArray(producers.registrationNumber, numbers));
  return new Map(found.map((r) => [r.registrationNumber, r.id]));
}

/** Inserts products (keeping existing ones) and returns the number actually created. */
export async function insertProductsKeepingExisting(
  tx: Database,
  rows: readonly NewProductRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await tx
    .insert(products)
    .values([...rows])
    .onConflictDoNothing()
    .returning({ id: products.id });
  return inserted.length;
}

/** Product ids by `<producer id>\u0000<lower-case name>`. */
export async function findProductIds(
  tx: Database,
  producerIds: readonly string[],
): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  if (producerIds.length === 0) return map;
  const rows = await tx
    .select({ id: products.id, producerId: products.producerId, name: sql<string>`lower(${products.name})` })
    .from(products)
    .where(inArray(products.producerId, [...new Set(producerIds)]));
  for (const row of rows) map.set(`${row.producerId}\u0000${row.name}`, row.id);
  return map;
}

/** Inserts decisions (keeping existing ones) and returns id by `<unit id>\u0000<number>`. */
export async function insertDecisionsKeepingExisting(
  tx: Database,
  rows: readonly NewDecisionRow[],
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  await tx
    .insert(decisions)
    .values([...rows])
    .onConflictDoNothing();
  const found = await findDecisionsOfUnits(tx, [...new Set(rows.map((r) => r.unitId))]);
  return new Map([...found].map(([key, value]) => [key, value.id]));
}

const commune = alias(adminUnits, 'import_commune');
const province = alias(adminUnits, 'import_province');

/** Public snapshot fields (commune, province names) of products, by product id. */
export async function findProductPlaces(
  tx: Database,
  productIds: readonly string[],
): Promise<Map<string, { producerName: string; communeName: string; provinceName: string }>> {
  if (productIds.length === 0) return new Map();
  const rows = await tx
    .select({
      productId: products.id,
      producerName: producers.name,
      communeName: commune.fullName,
      provinceName: sql<string>`coalesce(${province.fullName}, '')`,
    })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .innerJoin(commune, eq(commune.id, producers.communeId))
    .leftJoin(province, eq(province.id, commune.parentId))
    .where(inArray(products.id, [...new Set(productIds)]));
  return new Map(rows.map(({ productId, ...place }) => [productId, place]));
}

/** Inserts certificates; one whose number exists is skipped. Returns the inserted rows. */
export async function insertCertificatesKeepingExisting(tx: Database, rows: readonly NewCertificateRow[]) {
  if (rows.length === 0) return [];
  return tx
    .insert(certificates)
    .values([...rows])
    .onConflictDoNothing()
    .returning();
}

/**
 * Chains the live certificates of these products by issue date: each one neither revoked nor
 * superseded that has a later one is superseded by the next (upgrade when the stars rose,
 * re-evaluation otherwise). Then each product whose status is `registered` takes the status its
 * newest certificate gives on `today` (certified or expired).
 */
export async function chainCertificatesOfProducts(
  tx: Database,
  productIds: readonly string[],
  today: string,
  now: Date,
): Promise<void> {
  if (productIds.length === 0) return;
  const rows = await tx
    .select()
    .from(certificates)
    .where(and(inArray(certificates.productId, [...new Set(productIds)]), isNull(certificates.revokedOn)))
    .orderBy(certificates.productId, certificates.issuedOn, certificates.createdAt);
  const byProduct = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) byProduct.set(row.productId, [...(byProduct.get(row.productId) ?? []), row]);
  for (const [productId, chain] of byProduct) {
    const live = chain.filter((c) => c.supersededById === null);
    for (let i = 0; i + 1 < live.length; i += 1) {
      const old = live[i]!;
      const next = live[i + 1]!;
      await tx
        .update(certificates)
        .set({
          supersededById: next.id,
          supersededOn: next.issuedOn,
          supersedeReason: next.stars > old.stars ? 'upgrade' : 're-evaluation',
        })
        .where(and(eq(certificates.id, old.id), isNull(certificates.supersededById)));
      if (next.supersedesId === null)
        await tx.update(certificates).set({ supersedesId: old.id }).where(eq(certificates.id, next.id));
    }
    const newest = live.at(-1);
    if (!newest) continue;
    const status = newest.validUntil >= today ? 'certified' : 'expired';
    await tx
      .update(products)
      .set({ status, updatedAt: now })
      .where(and(eq(products.id, productId), eq(products.status, 'registered')));
  }
}

/** Advances a certificate import job after a batch. */
export async function advanceCertificateImportJob(
  tx: Database,
  jobId: string,
  progress: { processedRows: number; producers: number; products: number; certificates: number },
): Promise<void> {
  await tx
    .update(importJobs)
    .set({
      processedRows: progress.processedRows,
      producersCreated: sql`${importJobs.producersCreated} + ${progress.producers}`,
      productsCreated: sql`${importJobs.productsCreated} + ${progress.products}`,
      certificatesCreated: sql`${importJobs.certificatesCreated} + ${progress.certificates}`,
    })
    .where(eq(importJobs.id, jobId));
}

export type ImportJobRow = typeof importJobs.$inferSelect;

export async function insertImportJob(
  db: Database,
  row: typeof importJobs.$inferInsert,
): Promise<ImportJobRow> {
  const [job] = await db.insert(importJobs).values(row).returning();
  return job!;
}

/** Marks a job completed or failed. */
export async function finishImportJob(
  db: Database,
  jobId: string,
  change: Partial<Pick<ImportJobRow, 'status' | 'processedRows' | 'failureMessage' | 'finishedAt'>>,
): Promise<ImportJobRow> {
  const [job] = await db.update(importJobs).set(change).where(eq(importJobs.id, jobId)).returning();
  return job!;
}

/** One import job (producers or certificates), if it exists. */
export async function findImportJob(db: Database, jobId: string): Promise<ImportJobRow | undefined> {
  const [job] = await db.select().from(importJobs).where(eq(importJobs.id, jobId)).limit(1);
  return job;
}
