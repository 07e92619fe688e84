import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../../db/database';
import { findDossierTypeOfDecisionItem } from '../../../db/repositories/re-evaluation.repository';
import { adminUnits, certificateCounters, certificates, producers, products } from '../../../db/schema';
import {
  computeValidUntil,
  formatCertificateNumber,
  issuerCodeOf,
} from '../../../domain/evaluation/certificate-rules';

export type CertificateRow = typeof certificates.$inferSelect;

/** Next number for an issuer and year: one atomic upsert, safe with concurrent issuers. */
export async function allocateCertificateNumber(
  tx: Database,
  issuer: { level: string; code: string },
  year: number,
): Promise<string> {
  const code = issuerCodeOf(issuer);
  const [row] = await tx
    .insert(certificateCounters)
    .values({ issuerCode: code, year, last: 1 })
    .onConflictDoUpdate({
      target: [certificateCounters.issuerCode, certificateCounters.year],
      set: { last: sql`${certificateCounters.last} + 1` },
    })
    .returning({ last: certificateCounters.last });
  return formatCertificateNumber(code, year, row!.last);
}

const commune = alias(adminUnits, 'cert_commune');
const province = alias(adminUnits, 'cert_province');

/** The public snapshot of a product and its producer (names, commune, province — no personal data). */
export async function loadCertificateSnapshot(tx: Database, productId: string) {
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

/**
 * Issues one certificate inside the caller's transaction: allocates the number, snapshots the
 * public fields, and — for an original issue — supersedes the product's earlier certificates that
 * are neither revoked nor superseded (upgrade or re-evaluation). The partial unique index on
 * `decision_item_id` makes a second original for the same item impossible.
 */
export async function issueCertificate(
  tx: Database,
  params: {
    decision: { id: string; number: string; signedOn: string; issuerName: string };
    item: { id: string | null; productId: string; producerId: string; productSet: number; stars: number };
    issuer: { id: string; level: string; code: string };
    validityMonths: number;
    now: Date;
    correction?: { of: CertificateRow; productName?: string | undefined; producerName?: string | undefined };
  },
): Promise<CertificateRow> {
  const { decision, item, issuer, now } = params;
  const snapshot = await loadCertificateSnapshot(tx, item.productId);
  const issuedOn = params.correction ? now.toISOString().slice(0, 10) : decision.signedOn;
  const number = await allocateCertificateNumber(tx, issuer, Number(issuedOn.slice(0, 4)));
  const of = params.correction?.of;
  const [row] = await tx
    .insert(certificates)
    .values({
      number,
      decisionId: decision.id,
      decisionItemId: item.id,
      productId: item.productId,
      producerId: item.producerId,
      issuerUnitId: issuer.id,
      stars: item.stars,
      issuedOn,
      validUntil: of ? of.validUntil : computeValidUntil(issuedOn, params.validityMonths),
      productName: params.correction?.productName ?? of?.productName ?? snapshot.productName,
      productSet: item.productSet,
      producerName: params.correction?.producerName ?? of?.producerName ?? snapshot.producerName,
      communeName: snapshot.communeName,
      provinceName: snapshot.provinceName,
      issuerName: decision.issuerName,
      decisionNumber: decision.number,
      decisionDate: decision.signedOn,
      issueKind: of ? 'correction' : 'original',
      supersedesId: of?.id ?? null,
      createdAt: now,
    })
    .returning();
  // A re-evaluation supersedes with its own reason (even at fewer stars); anything else upgrades.
  const dossierType = of || !item.id ? undefined : await findDossierTypeOfDecisionItem(tx, item.id);
  const reason = of ? 'correction' : dossierType === 're-evaluation' ? 're-evaluation' : 'upgrade';
  const previous = of
    ? [of]
    : await tx
        .select()
        .from(certificates)
        .where(
          and(
            eq(certificates.productId, item.productId),
            ne(certificates.id, row!.id),
            isNull(certificates.revokedOn),
            isNull(certificates.supersededById),
          ),
        );
  for (const old of previous) {
    await tx
      .update(certificates)
      .set({
        supersededById: row!.id,
        supersededOn: issuedOn,
        supersedeReason: reason,
      })
      .where(and(eq(certificates.id, old.id), isNull(certificates.supersededById)));
    if (!of && !row!.supersedesId)
      await tx.update(certificates).set({ supersedesId: old.id }).where(eq(certificates.id, row!.id));
  }
  await tx
    .update(products)
    .set({ status: 'certified', updatedAt: now })
    .where(eq(products.id, item.productId));
  return row!;
}
