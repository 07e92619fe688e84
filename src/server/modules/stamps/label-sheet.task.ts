import {
  claimLabelJob,
  completeLabelJob,
  failLabelJob,
  recordLabelJobProgress,
  releaseLabelJob,
} from '../../../db/repositories/stamp-label-jobs.repository';
import { createBlobStore, fileStoreRoot } from '../../files/blob-store';
import { defineTask } from '../../jobs/job-definition';
import { renderBatchLabels } from './render-label-job';

export const LABEL_SHEET_TASK = 'stamp-label-sheets';

const FAILED_MESSAGE =
  'Không tạo được tờ tem; hãy thử lại / the label sheets could not be generated; try again';

class LabelJobReleased extends Error {}

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
    const job = await claimLabelJob(db, data.labelJobId, { claimedBy: `${process.pid}`, now: deps.clock() });
    if (!job) return; // Already completed or failed: nothing to do.
    try {
      const pdf = await renderBatchLabels({
        db,
        batchId: job.batchId,
        baseUrl: deps.config.publicBaseUrl,
        uriForm: job.uriForm,
        total: job.total,
        onProgress: async (done) => {
          if (signal.aborted) throw new LabelJobReleased('the server is stopping');
          await recordLabelJobProgress(db, job.id, done, deps.clock());
        },
      });
      const { sha256 } = await createBlobStore(fileStoreRoot(deps.config.dataDir)).put(pdf);
      await completeLabelJob(db, job.id, { processed: job.total, fileSha256: sha256, now: deps.clock() });
    } catch (error) {
      if (error instanceof LabelJobReleased) {
        // Handed back: the next process renders it from the start.
        await releaseLabelJob(db, job.id);
        throw error;
      }
      log.error('stamp label job failed', { jobId: job.id, error: String(error) });
      if (isLastAttempt) await failLabelJob(db, job.id, FAILED_MESSAGE, deps.clock());
      throw error;
    }
  },
});
