import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { stampBatches, stampLabelJobs } from '../../../db/schema';

export type LabelJobRow = typeof stampLabelJobs.$inferSelect;

/**
 * Asks for the label sheets of a batch (tạo tờ tem). A batch's stamps and layout never change, so
 * a job that is pending, running or completed is reused — the same PDF is downloaded again without
 * being regenerated; otherwise (none yet, or the last one failed) a pending job is queued for the
 * label job worker, audited. The batch row is locked so two clicks queue one job.
 */
export async function requestLabelJob(params: { db: Database; audit: AuditContext; batchId: string; accountId: string; now: Date }): Promise<{ job: LabelJobRow; isNew: boolean }> {
  return params.db.transaction(async (tx) => {
    const [batch] = await tx.select({ quantity: stampBatches.quantity }).from(stampBatches).where(eq(stampBatches.id, params.batchId)).for('update');
    const [existing] = await tx
      .select()
      .from(stampLabelJobs)
      .where(and(eq(stampLabelJobs.batchId, params.batchId), inArray(stampLabelJobs.status, ['pending', 'running', 'completed'])))
      .orderBy(desc(stampLabelJobs.createdAt))
      .limit(1);
    if (existing) return { job: existing, isNew: false };
    const [job] = await tx.insert(stampLabelJobs).values({ batchId: params.batchId, status: 'pending', total: batch?.quantity ?? 0, createdBy: params.accountId, createdAt: params.now }).returning();
    await appendAudit(tx, params.audit, { action: 'stamp-labels.requested', entityType: 'stamp_batch', entityId: params.batchId, after: { jobId: job!.id } }, params.now);
    return { job: job!, isNew: true };
  });
}
