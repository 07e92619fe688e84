import type { Database } from '../../../db/database';
import {
  findCertificateSnapshot,
  insertCertificate,
  listLiveCertificatesOfProduct,
  markCertificateSuperseded,
  markProductCertified,
  nextCertificateSequence,
  setCertificateSupersedes,
  type CertificateRow,
} from '../../../db/repositories/certificates.repository';
import { findDossierTypeOfDecisionItem } from '../../../db/repositories/re-evaluation.repository';
import {
  computeValidUntil,
  formatCertificateNumber,
  issuerCodeOf,
} from '../../../domain/evaluation/certificate-rules';

export type { CertificateRow };

/** Next number for an issuer and year: one atomic upsert, safe with concurrent issuers. */
export async function allocateCertificateNumber(
  tx: Database,
  issuer: { level: string; code: string },
  year: number,
): Promise<string> {
  const code = issuerCodeOf(issuer);
  return formatCertificateNumber(code, year, await nextCertificateSequence(tx, code, year));
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
  const snapshot = await findCertificateSnapshot(tx, item.productId);
  const issuedOn = params.correction ? now.toISOString().slice(0, 10) : decision.signedOn;
  const number = await allocateCertificateNumber(tx, issuer, Number(issuedOn.slice(0, 4)));
  const of = params.correction?.of;
  const row = await insertCertificate(tx, {
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
  });
  // A re-evaluation supersedes with its own reason (even at fewer stars); anything else upgrades.
  const dossierType = of || !item.id ? undefined : await findDossierTypeOfDecisionItem(tx, item.id);
  const reason = of ? 'correction' : dossierType === 're-evaluation' ? 're-evaluation' : 'upgrade';
  const previous = of ? [of] : await listLiveCertificatesOfProduct(tx, item.productId, row.id);
  for (const old of previous) {
    await markCertificateSuperseded(tx, old.id, { id: row.id, on: issuedOn, reason });
    if (!of && !row.supersedesId) await setCertificateSupersedes(tx, row.id, old.id);
  }
  await markProductCertified(tx, item.productId, now);
  return row;
}
