import { listUnfinishedExportIds } from '../../../db/repositories/export-jobs.repository';
import { listOpenLabelJobIds } from '../../../db/repositories/stamp-label-jobs.repository';
import { listPendingMailIds, listRunningImports } from '../../../db/repositories/unfinished-work.repository';
import type { Database } from '../../../db/database';
import type { JobQueue } from '../../jobs/job-queue';
import { MAIL_DELIVERY_TASK } from '../../mail/mailer';
import { EXPORT_TASK, type ExportTaskData } from '../exports/export.task';
import { IMPORT_TASK, type ImportTaskData } from '../imports/import.task';
import { LABEL_SHEET_TASK } from '../stamps/label-sheet.task';

/**
 * Queues the work the tables say is unfinished — label sheets pending or running, mail pending,
 * imports running, exports queued or running — whose queue entry is missing: asked for before the queue existed, lost with
 * a process that died before queueing it, or left behind by a restore (backups carry the tables,
 * not the queue: docs/operations/backup.md). Each job's id is its row's id, so work already in the
 * queue is not queued twice, and each task does nothing for a row no longer open.
 */
export async function queueUnfinishedWork(db: Database, queue: JobQueue): Promise<void> {
  for (const id of await listOpenLabelJobIds(db))
    await queue.enqueue(LABEL_SHEET_TASK, { labelJobId: id }, { id });
  for (const id of await listPendingMailIds(db))
    await queue.enqueue(MAIL_DELIVERY_TASK, { outboxId: id }, { id });
  for (const job of await listRunningImports(db)) {
    // The request's own task data is gone with the queue: the job ran under a grant of its unit.
    const data: ImportTaskData = {
      importJobId: job.id,
      unitPaths: job.unitPath ? [job.unitPath] : [],
      isSystem: job.createdBy === null,
      audit: {
        actorAccountId: job.createdBy,
        actorUsername: null,
        actorRole: null,
        unitId: job.unitId,
        requestId: null,
      },
    };
    await queue.enqueue(IMPORT_TASK, data, { id: job.id });
  }
  for (const id of await listUnfinishedExportIds(db)) {
    const data: ExportTaskData = { exportJobId: id };
    await queue.enqueue(EXPORT_TASK, data, { id });
  }
}
