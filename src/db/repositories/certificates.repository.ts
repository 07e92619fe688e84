/**
 * Certificates (giấy chứng nhận): issued rows are never edited, only superseded. Queries only: the
 * numbering format, validity and who may act on a certificate live in domain/evaluation and
 * domain/access; issuing is the use case server/modules/evaluation/issue-certificate.
 */
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../database';
import {
  adminUnits,
  certificateCounters,
  certificates,
  producerMembers,
  producers,
  products,
} from '../schema';

export type CertificateRow = typeof certificates.$inferSelect;
export type NewCertificate = typeof certificates.$inferInsert;
export type SupersedeReason = NonNullable<CertificateRow['supersedeReason']>;

export async function findCertificate(db: Database, id: string): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(certificates).where(eq(certificates.id, id));
  return row;
}

/** The certificates a decision issued, by number. */
export async function listCertificatesOfDecision(
  db: Database,
  decisionId: string,
): Promise<CertificateRow[]> {
  return db
    .select()
    .from(certificates)
    .where(eq(certificates.decisionId, decisionId))
    .orderBy(asc(certificates.number));
}

/** Every certificate (originals and corrections) of these decision items. */
export async function listCertificatesOfDecisionItems(
  db: Database,
  decisionItemIds: readonly string[],
): Promise<CertificateRow[]> {
  if (decisionItemIds.length === 0) return [];
  return db
    .select()
    .from(certificates)
    .where(inArray(certificates.decisionItemId, [...decisionItemIds]));
}

/** Next sequence for an issuer and year: one atomic upsert, safe with concurrent issuers. */
export async function nextCertificateSequence(
  tx: Database,
  issuerCode: string,
  year: number,
): Promise<number> {
  const [row] = await tx
    .insert(certificateCounters)
    .values({ issuerCode, year, last: 1 })
    .onConflictDoUpdate({
      target: [certificateCounters.issuerCode, certificateCounters.year],
      set: { last: sql`${certificateCounters.last} + 1` },
    })
    .returning({ last: certificateCounters.last });
  return row!.last;
}

const commune = alias(adminUnits, 'cert_commune');
const province = alias(adminUnits, 'cert_province');

/** The public snapshot of a product and its producer (names, commune, province — no personal data). */
export interface CertificateSnapshot {
  productName: string;
  productSet: number;
  producerName: string;
  communeName: string;
  provinceName: string;
}

export async function findCertificateSnapshot(tx: Database, productId: string): Promise<CertificateSnapshot> {
  const [row] = await tx
    .select({
      productName: products.name,
      productSet: products.productSet,
      producerName: producers.name,
      communeName: commune.fullName,
      provinceName: sql<string>`coalesce(${province.fullName}, '')`,
    })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .innerJoin(commune, eq(commune.id, producers.communeId))
    .leftJoin(province, eq(province.id, commune.parentId))
    .where(eq(products.id, productId));
  return row!;
}

export async function insertCertificate(tx: Database, values: NewCertificate): Promise<CertificateRow> {
  const [row] = await tx.insert(certificates).values(values).returning();
  return row!;
}

/** The product's certificates that are neither revoked nor superseded, other than `exceptId`. */
export async function listLiveCertificatesOfProduct(
  tx: Database,
  productId: string,
  exceptId: string,
): Promise<CertificateRow[]> {
  return tx
    .select()
    .from(certificates)
    .where(
      and(
        eq(certificates.productId, productId),
        ne(certificates.id, exceptId),
        isNull(certificates.revokedOn),
        isNull(certificates.supersededById),
      ),
    );
}

/** Marks a certificate superseded by another, unless something superseded it already. */
export async function markCertificateSuperseded(
  tx: Database,
  id: string,
  by: { id: string; on: string; reason: SupersedeReason },
): Promise<void> {
  await tx
    .update(certificates)
    .set({ supersededById: by.id, supersededOn: by.on, supersedeReason: by.reason })
    .where(and(eq(certificates.id, id), isNull(certificates.supersededById)));
}

export async function setCertificateSupersedes(
  tx: Database,
  id: string,
  supersedesId: string,
): Promise<void> {
  await tx.update(certificates).set({ supersedesId }).where(eq(certificates.id, id));
}

/** The product now holds a certificate. */
export async function markProductCertified(tx: Database, productId: string, now: Date): Promise<void> {
  await tx.update(products).set({ status: 'certified', updatedAt: now }).where(eq(products.id, productId));
}

/** Where certificate holders are: each producer's commune and its path (jurisdiction, notifications). */
export async function listProducerCommunes(
  db: Database,
  producerIds: readonly string[],
): Promise<{ id: string; communeId: string; communePath: string }[]> {
  if (producerIds.length === 0) return [];
  return db
    .select({ id: producers.id, communeId: producers.communeId, communePath: adminUnits.path })
    .from(producers)
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(inArray(producers.id, [...producerIds]));
}

/** The producers an account is a member of (a producer reads its own certificates). */
export async function listProducerIdsOfMember(db: Database, accountId: string): Promise<string[]> {
  const rows = await db
    .select({ producerId: producerMembers.producerId })
    .from(producerMembers)
    .where(eq(producerMembers.accountId, accountId));
  return rows.map((r) => r.producerId);
}
