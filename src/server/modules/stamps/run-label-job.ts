import { and, asc, eq, gt } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../../db/database';
import { certificates, products, stampBatches, stampLabelJobs, stamps } from '../../../db/schema';
import { formatSerialForPrint } from '../../../domain/stamps/stamp-serial';
import { LABELS_PER_PAGE, renderLabelSheetsPdf, type LabelData } from '../../documents/stamp-labels.pdf';
import type { BlobStore } from '../../files/blob-store';
import { stampUriOf } from './stamp-uri';

type Batch = typeof stampBatches.$inferSelect;
/** Stamps read per query and progress written per this many labels. */
const READ_CHUNK = LABELS_PER_PAGE * 20;

async function renderBatch(db: Database, blobs: BlobStore, jobId: string, batch: Batch, baseUrl: string): Promise<void> {
  const [facts] = await db.select({ productName: products.name, stars: certificates.stars }).from(stampBatches).innerJoin(products, eq(products.id, stampBatches.productId)).innerJoin(certificates, eq(certificates.id, stampBatches.certificateId)).where(eq(stampBatches.id, batch.id));
  let buffer: LabelData[] = [];
  let lastPosition = 0;
  const nextPage = async (): Promise<LabelData[]> => {
    if (buffer.length === 0) {
      const rows = await db.select({ serial: stamps.serial, position: stamps.position }).from(stamps).where(and(eq(stamps.batchId, batch.id), gt(stamps.position, lastPosition))).orderBy(asc(stamps.position)).limit(READ_CHUNK);
      lastPosition = rows.at(-1)?.position ?? lastPosition;
      buffer = rows.map((r) => ({ uri: stampUriOf(baseUrl, batch, r.serial), code: formatSerialForPrint(r.serial) }));
    }
    return buffer.splice(0, LABELS_PER_PAGE);
  };
  const onPage = async (done: number) => {
    if (done % READ_CHUNK === 0 || done === batch.quantity) await db.update(stampLabelJobs).set({ processed: done }).where(eq(stampLabelJobs.id, jobId));
  };
  const pdf = await renderLabelSheetsPdf({ productName: facts!.productName, stars: facts!.stars, lot: batch.lot, expiryDate: batch.expiryDate }, nextPage, onPage);
  const { sha256 } = await blobs.put(pdf);
  await db.update(stampLabelJobs).set({ status: 'completed', processed: batch.quantity, fileSha256: sha256, finishedAt: new Date() }).where(eq(stampLabelJobs.id, jobId));
}

/**
 * Starts generating the label sheets of a batch in the background and returns the job row at once;
 * the client polls the job (processed / total) and downloads the PDF when it is completed. A
 * failure marks the job failed with a message (and is logged); the batch itself is unaffected.
 */
export async function startLabelJob(params: { db: Database; blobs: BlobStore; batch: Batch; accountId: string; now: Date; baseUrl: string; log: FastifyBaseLogger }) {
  const { db, batch } = params;
  const [job] = await db.insert(stampLabelJobs).values({ batchId: batch.id, status: 'running', total: batch.quantity, createdBy: params.accountId, createdAt: params.now }).returning();
  void renderBatch(db, params.blobs, job!.id, batch, params.baseUrl).catch(async (error: unknown) => {
    params.log.error({ err: error, jobId: job!.id }, 'stamp label job failed');
    await db
      .update(stampLabelJobs)
      .set({ status: 'failed', failureMessage: 'Không tạo được tờ tem / the label sheets could not be generated', finishedAt: new Date() })
      .where(eq(stampLabelJobs.id, job!.id))
      .catch((updateError: unknown) => params.log.error({ err: updateError }, 'could not mark the label job failed'));
  });
  return job!;
}
