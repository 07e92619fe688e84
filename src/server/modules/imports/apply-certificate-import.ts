import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  advanceCertificateImportJob,
  chainCertificatesOfProducts,
  findProductIds,
  findProductPlaces,
  insertCertificatesKeepingExisting,
  insertDecisionsKeepingExisting,
  insertProducersKeepingExisting,
  insertProductsKeepingExisting,
  type NewCertificateRow,
  type NewDecisionRow,
} from '../../../db/repositories/certificate-imports.repository';
import { certificateLegalBasisOf } from '../../../domain/rubric/legal-basis';
import { producerSearchKey } from '../producers/producer.presenter';
import { productSearchKey } from '../products/product.presenter';
import { issuerNameOf } from '../evaluation/decision-use-cases';
import type { CertificateImportPlan, CertificateImportStep } from './plan-certificate-import';

/** Rows per transaction: each batch commits with one audit row and a progress update. */
export const CERTIFICATE_IMPORT_BATCH_SIZE = 250;

const DECISION_LEVEL = { nation: 'central', province: 'province', district: 'district' } as const;

function decisionRowOf(step: CertificateImportStep, now: Date): NewDecisionRow {
  const { issuer, certificate } = step;
  const level = issuer.level === 'commune' ? 'district' : DECISION_LEVEL[issuer.level];
  const basis = certificateLegalBasisOf(certificate.issuedOn);
  return {
    unitId: issuer.id,
    level,
    roundId: null,
    number: certificate.decisionNumber,
    signedOn: certificate.decisionDate,
    titleVi: 'Quyết định công nhận sản phẩm OCOP (nhập từ hồ sơ đã cấp)',
    legalBases: basis ? [basis.textVi] : [],
    issuerName: issuerNameOf(issuer),
    status: 'approved',
    draftedAt: now,
    approvedAt: now,
  };
}

async function applyBatch(
  tx: Database,
  steps: CertificateImportStep[],
  known: Map<string, string>,
  now: Date,
) {
  const newProducers = new Map(
    steps.flatMap((s) =>
      s.producer.create ? [[s.producer.registrationNumber, s.producer.create] as const] : [],
    ),
  );
  const createdProducers = await insertProducersKeepingExisting(
    tx,
    [...newProducers.values()].map(({ draft, communeId }) => ({
      type: draft.type,
      name: draft.name,
      registrationNumber: draft.registrationNumber,
      communeId,
      address: draft.address,
      legalRepresentative: draft.legalRepresentative,
      contacts: draft.contacts,
      workforce: draft.workforce,
      origin: 'import' as const,
      searchKey: producerSearchKey(draft.name, draft.registrationNumber),
      createdAt: now,
      updatedAt: now,
    })),
  );
  for (const [number, id] of createdProducers) known.set(number, id);
  const producerIdOf = (s: CertificateImportStep) => known.get(s.producer.registrationNumber)!;
  const productsCreated = await insertProductsKeepingExisting(
    tx,
    steps
      .filter((s) => s.product.isNew)
      .map((s) => ({
        producerId: producerIdOf(s),
        productSet: s.product.productSet,
        name: s.product.name,
        description: s.product.description,
        gtin: s.product.gtin,
        details: s.product.details,
        searchKey: productSearchKey(s.product.name, s.product.gtin),
        createdAt: now,
        updatedAt: now,
      })),
  );
  const productIds = await findProductIds(tx, steps.map(producerIdOf));
  const productIdOf = (s: CertificateImportStep) =>
    productIds.get(`${producerIdOf(s)}\u0000${s.product.name.toLowerCase()}`)!;
  const decisionRows = new Map(
    steps.map((s) => [`${s.issuer.id}\u0000${s.certificate.decisionNumber}`, decisionRowOf(s, now)]),
  );
  const decisionIds = await insertDecisionsKeepingExisting(tx, [...decisionRows.values()]);
  const places = await findProductPlaces(tx, steps.map(productIdOf));
  const rows: NewCertificateRow[] = steps.map((s) => {
    const productId = productIdOf(s);
    const place = places.get(productId)!;
    const decision = decisionRows.get(`${s.issuer.id}\u0000${s.certificate.decisionNumber}`)!;
    return {
      number: s.certificate.number,
      decisionId: decisionIds.get(`${s.issuer.id}\u0000${s.certificate.decisionNumber}`)!,
      decisionItemId: null,
      productId,
      producerId: producerIdOf(s),
      issuerUnitId: s.responsibleUnitId,
      stars: s.certificate.stars,
      issuedOn: s.certificate.issuedOn,
      validUntil: s.certificate.validUntil,
      productName: s.product.name,
      productSet: s.product.productSet,
      producerName: place.producerName,
      communeName: place.communeName,
      provinceName: place.provinceName,
      issuerName: decision.issuerName,
      decisionNumber: s.certificate.decisionNumber,
      decisionDate: s.certificate.decisionDate,
      issueKind: 'imported',
      createdAt: now,
    };
  });
  const inserted = await insertCertificatesKeepingExisting(tx, rows);
  await chainCertificatesOfProducts(
    tx,
    inserted.map((c) => c.productId),
    now.toISOString().slice(0, 10),
    now,
  );
  return {
    producers: createdProducers.size,
    products: productsCreated,
    certificates: inserted.length,
    certificateNumbers: inserted.map((c) => c.number),
  };
}

/**
 * Carries out a certificate import plan in batches: producers, products, the decisions and the
 * certificates of each batch, one audit row listing the numbers imported, and the job's
 * progress — in one transaction per batch. Certificates of one product are chained by issue
 * date (the newer supersedes the older) and a product without a status yet becomes certified or
 * expired, so imported certificates join the registry, the stamps and expiry as issued ones do.
 */
export async function applyCertificateImport(params: {
  db: Database;
  audit: AuditContext;
  jobId: string;
  plan: CertificateImportPlan;
  now: Date;
}): Promise<{ certificatesCreated: number }> {
  const { db, plan, now } = params;
  const known = new Map(plan.existingProducerIds);
  let certificatesCreated = 0;
  for (let start = 0; start < plan.steps.length; start += CERTIFICATE_IMPORT_BATCH_SIZE) {
    const steps = plan.steps.slice(start, start + CERTIFICATE_IMPORT_BATCH_SIZE);
    await db.transaction(async (tx) => {
      const created = await applyBatch(tx, steps, known, now);
      certificatesCreated += created.certificates;
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'import.certificates-applied',
          entityType: 'import-job',
          entityId: params.jobId,
          after: { firstLine: steps[0]?.line, lastLine: steps.at(-1)?.line, ...created },
        },
        now,
      );
      await advanceCertificateImportJob(tx, params.jobId, {
        processedRows: steps.at(-1)?.rowsDone ?? 0,
        ...created,
      });
    });
  }
  return { certificatesCreated };
}
