import type { Database } from '../../../db/database';
import type { JobQueue } from '../../jobs/job-queue';
import { LABEL_SHEET_TASK, pendingLabelJobIds } from '../stamps/label-sheet.task';

/**
 * Queues every label job the table still has pending or running (asked for before the queue
 * existed, or whose process died before queueing it). The job id is the row id, so a job already
 * in the queue is not queued twice.
 */
export async function queuePendingLabelJobs(db: Database, queue: JobQueue): Promise<void> {
  for (const id of await pendingLabelJobIds(db))
    await queue.enqueue(LABEL_SHEET_TASK, { labelJobId: id }, { id });
}
