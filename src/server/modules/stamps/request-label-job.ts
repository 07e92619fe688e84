import { and, count, desc, eq, inArray, max, ne } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { stampBatches, stampLabelJobs, stamps } from '../../../db/schema';
import type { StampUriForm } from './stamp-uri';

export type LabelJobRow = typeof stampLabelJobs.$inferSelect;

/** When the last stamp of the batch was deactivated, if any: label jobs older than that are outdated. */
export async function lastDeactivationOf(db: Database, batchId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(stamps.statusChangedAt) })
    .from(stamps)
    .where(and(eq(stamps.batchId, batchId), eq(stamps.status, 'deactivated')));
  return row?.at ?? null;
}

/** A label job printed (or is printing) a stamp deactivated since it was queued. */
export function isLabelJobOutdated(
  job: Pick<LabelJobRow, 'createdAt'>,
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
}): Promise<{ job: LabelJobRow; isNew: boolean }> {
  return params.db.transaction(async (tx) => {
    await tx
      .select({ id: stampBatches.id })
      .from(stampBatches)
      .where(eq(stampBatches.id, params.batchId))
      .for('update');
    const [existing] = await tx
      .select()
      .from(stampLabelJobs)
      .where(
        and(
          eq(stampLabelJobs.batchId, params.batchId),
          eq(stampLabelJobs.uriForm, params.uriForm),
          inArray(stampLabelJobs.status, ['pending', 'running', 'completed']),
        ),
      )
      .orderBy(desc(stampLabelJobs.createdAt))
      .limit(1);
    if (existing && !isLabelJobOutdated(existing, await lastDeactivationOf(tx, params.batchId)))
      return { job: existing, isNew: false };
    const [printable] = await tx
      .select({ count: count() })
      .from(stamps)
      .where(and(eq(stamps.batchId, params.batchId), ne(stamps.status, 'deactivated')));
    const [job] = await tx
      .insert(stampLabelJobs)
      .values({
        batchId: params.batchId,
        status: 'pending',
        total: Number(printable?.count ?? 0),
        uriForm: params.uriForm,
        createdBy: params.accountId,
        createdAt: params.now,
      })
      .returning();
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'stamp-labels.requested',
        entityType: 'stamp_batch',
        entityId: params.batchId,
        after: { jobId: job!.id, uriForm: params.uriForm },
      },
      params.now,
    );
    return { job: job!, isNew: true };
  });
}
