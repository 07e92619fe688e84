import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  advanceImportJob,
  insertProducersIfAbsent,
  insertProductsIfAbsent,
  mapProducerIdsByRegistrationNumber,
} from '../../../db/repositories/producer-imports.repository';
import { producerSearchKey } from '../producers/producer.presenter';
import { productSearchKey } from '../products/product.presenter';
import type { ImportPlan, ImportStep } from './plan-producer-import';

/** Rows per transaction: each batch commits with one audit row and a progress update. */
export const IMPORT_BATCH_SIZE = 250;

async function applyBatch(
  tx: Database,
  steps: ImportStep[],
  known: Map<string, string>,
  now: Date,
): Promise<{ producerIds: string[]; productIds: string[] }> {
  const newProducers = steps.flatMap((s) => (s.producer ? [s.producer] : []));
  // Someone may have created the same producer since the plan: keep theirs.
  const insertedProducers = await insertProducersIfAbsent(
    tx,
    newProducers.map(({ draft, communeId }) => ({
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
  for (const row of insertedProducers) known.set(row.registrationNumber, row.id);
  const missing = [
    ...new Set(
      steps.flatMap((s) =>
        s.product && !known.has(s.product.registrationNumber) ? [s.product.registrationNumber] : [],
      ),
    ),
  ];
  for (const [number, id] of await mapProducerIdsByRegistrationNumber(tx, missing)) known.set(number, id);
  const newProducts = steps.flatMap((s) => {
    const producerId = s.product ? known.get(s.product.registrationNumber) : undefined;
    return s.product && producerId ? [{ producerId, draft: s.product.draft }] : [];
  });
  const insertedProducts = await insertProductsIfAbsent(
    tx,
    newProducts.map(({ producerId, draft }) => ({
      producerId,
      productSet: draft.productSet,
      name: draft.name,
      description: draft.description,
      gtin: draft.gtin,
      details: draft.details,
      searchKey: productSearchKey(draft.name, draft.gtin),
      createdAt: now,
      updatedAt: now,
    })),
  );
  return { producerIds: insertedProducers.map((r) => r.id), productIds: insertedProducts.map((r) => r.id) };
}

/**
 * Carries out a plan in batches of {@link IMPORT_BATCH_SIZE} rows. Each batch inserts its
 * producers and products (skipping any that appeared meanwhile), writes one audit row listing
 * what it created, and advances the job's progress — all in one transaction, so an interrupted
 * import keeps whole batches and a re-run finishes the rest.
 */
export async function applyProducerImport(params: {
  db: Database;
  audit: AuditContext;
  jobId: string;
  plan: ImportPlan;
  now: Date;
}): Promise<{ producersCreated: number; productsCreated: number }> {
  const { db, plan, now } = params;
  const known = new Map(plan.existingProducerIds);
  let producersCreated = 0;
  let productsCreated = 0;
  for (let start = 0; start < plan.steps.length; start += IMPORT_BATCH_SIZE) {
    const steps = plan.steps.slice(start, start + IMPORT_BATCH_SIZE);
    await db.transaction(async (tx) => {
      const created = await applyBatch(tx, steps, known, now);
      producersCreated += created.producerIds.length;
      productsCreated += created.productIds.length;
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'import.batch-applied',
          entityType: 'import-job',
          entityId: params.jobId,
          after: { firstLine: steps[0]?.line, lastLine: steps.at(-1)?.line, ...created },
        },
        now,
      );
      await advanceImportJob(tx, params.jobId, {
        processedRows: steps.at(-1)?.rowsDone ?? 0,
        producersCreated: created.producerIds.length,
        productsCreated: created.productIds.length,
      });
    });
  }
  return { producersCreated, productsCreated };
}
