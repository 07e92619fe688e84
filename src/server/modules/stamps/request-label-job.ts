import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  countPrintableStamps,
  findLastStampDeactivation,
  findReusableLabelJob,
  insertLabelJob,
  lockStampBatch,
  type StampLabelJobRow,
} from '../../../db/repositories/stamp-label-jobs.repository';
import type { StampUriForm } from './stamp-uri';

/**
 * A label job printed (or is printing) a stamp deactivated since it was queued (`lastDeactivation`:
 * when the batch's last stamp was deactivated, if any).
 */
export function isLabelJobOutdated(
  job: Pick<StampLabelJobRow, 'createdAt'>,
  lastDeactivation: Date | null,
): boolean {
  return lastDeactivation !== null && job.createdAt.getTime() <= lastDeactivation.getTime();
}

/**
 * Asks for the label sheets of a batch (tạo tờ tem), with the URIs as they are or compressed. A job
 * of that form that is pending, running or completed is reused — the same PDF is downloaded again without being regenerated — unless a stamp was
 * deactivated after it was queued: deactivated stamps are never printed, so then, as when there is
 * none yet or the last one failed, a pending job is queued for the label job worker, audited. The
 * batch row is locked so two clicks queue one job.
 */
export async function requestLabelJob(params: {
  db: Database;
  audit: AuditContext;
  batchId: string;
  accountId: string;
  uriForm: StampUriForm;
  now: Date;
}): Promise<{ job: StampLabelJobRow; isNew: boolean }> {
  return params.db.transaction(async (tx) => {
    await lockStampBatch(tx, params.batchId);
    const existing = await findReusableLabelJob(tx, params.batchId, params.uriForm);
    if (existing && !isLabelJobOutdated(existing, await findLastStampDeactivation(tx, params.batchId)))
      return { job: existing, isNew: false };
    const job = await insertLabelJob(tx, {
      batchId: params.batchId,
      status: 'pending',
      total: await countPrintableStamps(tx, params.batchId),
      uriForm: params.uriForm,
      createdBy: params.accountId,
      createdAt: params.now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'stamp-labels.requested',
        entityType: 'stamp_batch',
        entityId: params.batchId,
        after: { jobId: job.id, uriForm: params.uriForm },
      },
      params.now,
    );
    return { job, isNew: true };
  });
}
