import type { Database } from '../../../db/database';
import { listCertificatesOfDecisionItems } from '../../../db/repositories/certificates.repository';
import { listDecisionItemsWithNames, type DecisionRow } from '../../../db/repositories/decisions.repository';
import { sheetWarningsOfResults } from './sheet-acknowledgement';

/** The decision as the API shows it: items with products, certificates and sheet warnings. */
export async function presentDecision(db: Database, decision: DecisionRow) {
  const items = await listDecisionItemsWithNames(db, decision.id);
  const certs = await listCertificatesOfDecisionItems(
    db,
    items.map((i) => i.item.id),
  );
  const warnings = await sheetWarningsOfResults(
    db,
    items.map((i) => i.item.roundResultId),
  );
  return {
    ...presentDecisionHeader(decision),
    items: items.map(({ item, productName, producerName }) => {
      const cert = certs
        .filter((c) => c.decisionItemId === item.id)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
      return {
        id: item.id,
        roundResultId: item.roundResultId,
        sheetWarning: warnings.get(item.roundResultId) ?? null,
        productId: item.productId,
        productName,
        producerName,
        productSet: item.productSet,
        stars: item.stars,
        mean: item.meanHundredths / 100,
        certificateId: cert?.id ?? null,
        certificateNumber: cert?.number ?? null,
      };
    }),
  };
}

/** The decision without its items (the list shows these). */
export function presentDecisionHeader(decision: DecisionRow) {
  return {
    id: decision.id,
    unitId: decision.unitId,
    level: decision.level,
    roundId: decision.roundId,
    number: decision.number,
    signedOn: decision.signedOn,
    titleVi: decision.titleVi,
    legalBases: decision.legalBases,
    issuerName: decision.issuerName,
    status: decision.status,
    returnReason: decision.returnReason,
    returnedByName: decision.returnedByName,
    returnedAt: decision.returnedAt?.toISOString() ?? null,
    approvedByName: decision.approvedByName,
    approvedAt: decision.approvedAt?.toISOString() ?? null,
    signedScan: decision.signedScanSha256
      ? { fileName: decision.signedScanFileName ?? 'quyet-dinh.pdf', sha256: decision.signedScanSha256 }
      : null,
    version: decision.version,
  };
}
