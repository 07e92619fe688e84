import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { certificates, decisionItems, producers, products } from '../../../db/schema';
import type { DecisionRow } from './decision-use-cases';
import { sheetWarningsOfResults } from './sheet-acknowledgement';

/** The decision as the API shows it: items with products, certificates and sheet warnings. */
export async function presentDecision(db: Database, decision: DecisionRow) {
  const items = await db
    .select({ item: decisionItems, productName: products.name, producerName: producers.name })
    .from(decisionItems)
    .innerJoin(products, eq(products.id, decisionItems.productId))
    .innerJoin(producers, eq(producers.id, decisionItems.producerId))
    .where(eq(decisionItems.decisionId, decision.id))
    .orderBy(asc(products.name));
  const certs = items.length
    ? await db
        .select()
        .from(certificates)
        .where(
          inArray(
            certificates.decisionItemId,
            items.map((i) => i.item.id),
          ),
        )
    : [];
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
