import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { stampLabelJobs } from '../../../db/schema';
import { createBlobStore, fileStoreRoot } from '../../files/blob-store';
import { defineTask } from '../../jobs/job-definition';
import { renderBatchLabels } from './render-label-job';

export const LABEL_SHEET_TASK = 'stamp-label-sheets';

const FAILED_MESSAGE =
  'Không tạo được tờ tem; hãy thử lại / the label sheets could not be generated; try again';

class LabelJobReleased extends Error {}

async function markFailed(db: Database, id: string, now: Date): Promise<void> {
  await db
    .update(stampLabelJobs)
    .set({ status: 'failed', failureMessage: FAILED_MESSAGE, finishedAt: now })
    .where(and(eq(stampLabelJobs.id, id), inArray(stampLabelJobs.status, ['pending', 'running'])));
}

/**
 * Generates the label sheet PDF of one `stamp_label_jobs` row (tạo tờ tem). The queue gives the job
 * to one process; while rendering, progress is written to the row and the queue's heartbeat keeps
 * the claim, so the job of a killed process is taken up again (from the start) by another. The PDF
 * goes to the content-addressed blob store and the row keeps its SHA-256. After the last attempt
 * the row says `failed` with a message the producer reads.
 */
export const labelSheetTask = defineTask<{ labelJobId: string }>({
  name: LABEL_SHEET_TASK,
  descriptionVi: 'Tạo tờ tem PDF của một lô tem',
  descriptionEn: 'Generate the label sheet PDF of a stamp batch',
  retryLimit: 2,
  retryDelaySeconds: 5,
  retryDelayMaxSeconds: 300,
  expireInSeconds: 3600,
  heartbeatSeconds: 30,
  async run({ data, db, deps, log, signal, isLastAttempt }) {
    const [job] = await db
      .update(stampLabelJobs)
      .set({
        status: 'running',
        claimedBy: `${process.pid}`,
        heartbeatAt: deps.clock(),
        startedAt: deps.clock(),
        attempts: sql`${stampLabelJobs.attempts} + 1`,
        processed: 0,
      })
      .where(
        and(eq(stampLabelJobs.id, data.labelJobId), inArray(stampLabelJobs.status, ['pending', 'running'])),
      )
      .returning();
    if (!job) return; // Already completed or failed: nothing to do.
    try {
      const pdf = await renderBatchLabels({
        db,
        batchId: job.batchId,
        baseUrl: deps.config.publicBaseUrl,
        total: job.total,
        onProgress: async (done) => {
          if (signal.aborted) throw new LabelJobReleased('the server is stopping');
          await db
            .update(stampLabelJobs)
            .set({ processed: done, heartbeatAt: deps.clock() })
            .where(eq(stampLabelJobs.id, job.id));
        },
      });
      const { sha256 } = await createBlobStore(fileStoreRoot(deps.config.dataDir)).put(pdf);
      await db
        .update(stampLabelJobs)
        .set({ status: 'completed', processed: job.total, fileSha256: sha256, finishedAt: deps.clock() })
        .where(eq(stampLabelJobs.id, job.id));
    } catch (error) {
      if (error instanceof LabelJobReleased) {
        // Handed back: the next process renders it from the start.
        await db
          .update(stampLabelJobs)
          .set({ status: 'pending', processed: 0, heartbeatAt: null })
          .where(eq(stampLabelJobs.id, job.id));
        throw error;
      }
      log.error('stamp label job failed', { jobId: job.id, error: String(error) });
      if (isLastAttempt) await markFailed(db, job.id, deps.clock());
      throw error;
    }
  },
});

/** Label jobs waiting in the table (queued before an upgrade, or whose queueing failed): their ids. */
export async function pendingLabelJobIds(db: Database): Promise<string[]> {
  const rows = await db
    .select({ id: stampLabelJobs.id })
    .from(stampLabelJobs)
    .where(inArray(stampLabelJobs.status, ['pending', 'running']));
  return rows.map((r) => r.id);
}
