/**
 * Certified products for stamp tests, written straight to the database (council → round → result
 * → approved decision → certificate through the real `issueCertificate`), so a test file gets a
 * product with a valid certificate in a few milliseconds.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/database';
import {
  councils,
  decisionItems,
  decisions,
  products,
  roundProducts,
  roundResults,
  rounds,
} from '../../src/db/schema';
import { DEFAULT_COUNCIL_SETTINGS } from '../../src/domain/rubric/council-settings';
import { issueCertificate } from '../../src/server/modules/evaluation/issue-certificate';
import { buildPoolProduct } from './evaluation-fixtures';
import { nextId, type UnitRow } from './factories';

export async function buildCertifiedProduct(
  db: Database,
  units: { province: UnitRow; commune: UnitRow },
  options: {
    gtin?: string | null;
    stars?: number;
    signedOn?: string;
    producerAccountId?: string;
    name?: string;
  } = {},
) {
  const { producer, product, dossier } = await buildPoolProduct(db, units.commune, {
    producerAccountId: options.producerAccountId,
    name: options.name,
  });
  if (options.gtin) await db.update(products).set({ gtin: options.gtin }).where(eq(products.id, product.id));
  const at = new Date(`${options.signedOn ?? '2026-01-15'}T03:00:00Z`);
  const stars = options.stars ?? 4;
  const [council] = await db
    .insert(councils)
    .values({
      unitId: units.province.id,
      level: 'province',
      name: `Hội đồng ${nextId()}`,
      termFrom: '2025-01-01',
    })
    .returning();
  const [round] = await db
    .insert(rounds)
    .values({
      councilId: council!.id,
      unitId: units.province.id,
      level: 'province',
      name: 'Đợt thử',
      status: 'adopted',
      meetingOn: at.toISOString().slice(0, 10),
      settings: DEFAULT_COUNCIL_SETTINGS,
      procedureVersionId: '148-amended-1489',
    })
    .returning();
  const [rp] = await db
    .insert(roundProducts)
    .values({
      roundId: round!.id,
      dossierId: dossier.id,
      productId: product.id,
      producerId: producer.id,
      productSet: dossier.productSet,
      rubricVersionId: '148',
    })
    .returning();
  const [result] = await db
    .insert(roundResults)
    .values({
      roundId: round!.id,
      roundProductId: rp!.id,
      productId: product.id,
      producerId: producer.id,
      meanHundredths: 7600,
      bandStars: stars,
      stars,
      isCertifiable: true,
      routeAction: 'certify',
      explanationVi: '',
      explanationEn: '',
      memberTotals: [],
      adoptedAt: at,
    })
    .returning();
  const [decision] = await db
    .insert(decisions)
    .values({
      unitId: units.province.id,
      level: 'province',
      roundId: round!.id,
      number: `${nextId()}/QĐ-UBND`,
      signedOn: at.toISOString().slice(0, 10),
      titleVi: 'Quyết định công nhận',
      issuerName: 'UBND tỉnh thử nghiệm',
      status: 'approved',
      draftedAt: at,
      approvedAt: at,
    })
    .returning();
  const [item] = await db
    .insert(decisionItems)
    .values({
      decisionId: decision!.id,
      roundResultId: result!.id,
      productId: product.id,
      producerId: producer.id,
      productSet: dossier.productSet,
      stars,
      meanHundredths: 7600,
    })
    .returning();
  const certificate = await issueCertificate(db, {
    decision: decision!,
    item: item!,
    issuer: units.province,
    validityMonths: 36,
    now: at,
  });
  const [fresh] = await db.select().from(products).where(eq(products.id, product.id));
  return { producer, product: fresh!, certificate };
}
