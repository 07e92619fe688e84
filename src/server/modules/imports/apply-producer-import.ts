import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { importJobs, producers, products } from '../../../db/schema';
import { producerSearchKey } from '../producers/producer.presenter';
import { productSearchKey } from '../products/product.presenter';
import type { ImportPlan, ImportStep } from './plan-producer-import';

/** Rows per transaction: each batch commits with one audit row and a progress update. */
export const IMPORT_BATCH_SIZE = 250;

async function producerIdsOf(tx: Database, numbers: string[]): Promise<Map<string, string>> {
  if (numbers.length === 0) return new Map();
  const rows = await tx
    .select({ id: producers.id, registrationNumber: producers.registrationNumber })
    .from(producers)
    .where(inArray(producers.registrationNumber, numbers));
  return new Map(rows.map((r) => [r.registrationNumber, r.id]));
}

async function applyBatch(
  tx: Database,
  steps: ImportStep[],
  known: Map<string, string>,
  now: Date,
): Promise<{ producerIds: string[]; productIds: string[] }> {
  const newProducers = steps.flatMap((s) => (s.producer ? [s.producer] : []));
  const insertedProducers =
    newProducers.length === 0
      ? []
      : await tx
          .insert(producers)
          .values(
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
          )
          // Someone may have created the same producer since the plan: keep theirs.
          .onConflictDoNothing()
          .returning({ id: producers.id, registrationNumber: producers.registrationNumber });
  for (const row of insertedProducers) known.set(row.registrationNumber, row.id);
  const missing = [
    ...new Set(
      steps.flatMap((s) =>
        s.product && !known.has(s.product.registrationNumber) ? [s.product.registrationNumber] : [],
      ),
    ),
  ];
  for (const [number, id] of await producerIdsOf(tx, missing)) known.set(number, id);
  const newProducts = steps.flatMap((s) => {
    const producerId = s.product ? known.get(s.product.registrationNumber) : undefined;
    return s.product && producerId ? [{ producerId, draft: s.product.draft }] : [];
  });
  const insertedProducts =
    newProducts.length === 0
      ? []
      : await tx
          .insert(products)
          .values(
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
          )
          .onConflictDoNothing()
          .returning({ id: products.id });
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
      await tx
        .update(importJobs)
        .set({
          processedRows: steps.at(-1)?.rowsDone ?? 0,
          producersCreated: sql`${importJobs.producersCreated} + ${created.producerIds.length}`,
          productsCreated: sql`${importJobs.productsCreated} + ${created.productIds.length}`,
        })
        .where(eq(importJobs.id, params.jobId));
    });
  }
  return { producersCreated, productsCreated };
}
