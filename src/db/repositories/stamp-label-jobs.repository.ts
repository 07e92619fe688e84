/** Label sheet jobs (tạo tờ tem) as the background task sees them. Queries only. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { stampLabelJobs } from '../schema';

export type StampLabelJobRow = typeof stampLabelJobs.$inferSelect;

const OPEN_STATUSES = ['pending', 'running'] as const;

/**
 * Claims a pending or running label job for this attempt (status `running`, attempts + 1,
 * progress reset); undefined when it is already completed or failed.
 */
export async function claimLabelJob(
  db: Database,
  id: string,
  claim: { claimedBy: string; now: Date },
): Promise<StampLabelJobRow | undefined> {
  const [row] = await db
    .update(stampLabelJobs)
    .set({
      status: 'running',
      claimedBy: claim.claimedBy,
      heartbeatAt: claim.now,
      startedAt: claim.now,
      attempts: sql`${stampLabelJobs.attempts} + 1`,
      processed: 0,
    })
    .where(and(eq(stampLabelJobs.id, id), inArray(stampLabelJobs.status, OPEN_STATUSES)))
    .returning();
  return row;
}

/** Records how many labels are drawn (and that the worker is alive). */
export async function recordLabelJobProgress(db: Database, id: string, processed: number, now: Date) {
  await db.update(stampLabelJobs).set({ processed, heartbeatAt: now }).where(eq(stampLabelJobs.id, id));
}

export async function completeLabelJob(
  db: Database,
  id: string,
  done: { processed: number; fileSha256: string; now: Date },
): Promise<void> {
  await db
    .update(stampLabelJobs)
    .set({
      status: 'completed',
      processed: done.processed,
      fileSha256: done.fileSha256,
      finishedAt: done.now,
    })
    .where(eq(stampLabelJobs.id, id));
}

/** Hands a job back to the queue: the next attempt starts from the beginning. */
export async function releaseLabelJob(db: Database, id: string): Promise<void> {
  await db
    .update(stampLabelJobs)
    .set({ status: 'pending', processed: 0, heartbeatAt: null })
    .where(eq(stampLabelJobs.id, id));
}

/** Marks a still-open job failed with the message its producer reads. */
export async function failLabelJob(db: Database, id: string, message: string, now: Date): Promise<void> {
  await db
    .update(stampLabelJobs)
    .set({ status: 'failed', failureMessage: message, finishedAt: now })
    .where(and(eq(stampLabelJobs.id, id), inArray(stampLabelJobs.status, OPEN_STATUSES)));
}

/** Label jobs still pending or running: their ids. */
export async function listOpenLabelJobIds(db: Database): Promise<string[]> {
  const rows = await db
    .select({ id: stampLabelJobs.id })
    .from(stampLabelJobs)
    .where(inArray(stampLabelJobs.status, OPEN_STATUSES));
  return rows.map((r) => r.id);
}
