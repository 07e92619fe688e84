/** Label sheet jobs (tạo tờ tem) as the background task sees them. Queries only. */
import { and, asc, count, desc, eq, gt, inArray, max, ne, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { certificates, products, stampBatches, stampLabelJobs, stamps } from '../schema';
import type { StampBatchRow } from './stamps.repository';

export type StampLabelJobRow = typeof stampLabelJobs.$inferSelect;
export type NewStampLabelJobRow = typeof stampLabelJobs.$inferInsert;

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

/** When the last stamp of the batch was deactivated, if any. */
export async function findLastStampDeactivation(db: Database, batchId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(stamps.statusChangedAt) })
    .from(stamps)
    .where(and(eq(stamps.batchId, batchId), eq(stamps.status, 'deactivated')));
  return row?.at ?? null;
}

/** Locks the batch row until the transaction ends (one label job request at a time per batch). */
export async function lockStampBatch(db: Database, batchId: string): Promise<void> {
  await db
    .select({ id: stampBatches.id })
    .from(stampBatches)
    .where(eq(stampBatches.id, batchId))
    .for('update');
}

/** The newest pending, running or completed job of a batch printing URIs in `uriForm`. */
export async function findReusableLabelJob(
  db: Database,
  batchId: string,
  uriForm: StampLabelJobRow['uriForm'],
): Promise<StampLabelJobRow | undefined> {
  const [existing] = await db
    .select()
    .from(stampLabelJobs)
    .where(
      and(
        eq(stampLabelJobs.batchId, batchId),
        eq(stampLabelJobs.uriForm, uriForm),
        inArray(stampLabelJobs.status, ['pending', 'running', 'completed']),
      ),
    )
    .orderBy(desc(stampLabelJobs.createdAt))
    .limit(1);
  return existing;
}

/** How many stamps of the batch are not deactivated (the labels a sheet prints). */
export async function countPrintableStamps(db: Database, batchId: string): Promise<number> {
  const [printable] = await db
    .select({ count: count() })
    .from(stamps)
    .where(and(eq(stamps.batchId, batchId), ne(stamps.status, 'deactivated')));
  return Number(printable?.count ?? 0);
}

export async function insertLabelJob(db: Database, values: NewStampLabelJobRow): Promise<StampLabelJobRow> {
  const [job] = await db.insert(stampLabelJobs).values(values).returning();
  if (!job) throw new Error('insert returned nothing');
  return job;
}

/** The batch's most recently queued label job, of any status. */
export async function findLatestLabelJob(
  db: Database,
  batchId: string,
): Promise<StampLabelJobRow | undefined> {
  const [job] = await db
    .select()
    .from(stampLabelJobs)
    .where(eq(stampLabelJobs.batchId, batchId))
    .orderBy(desc(stampLabelJobs.createdAt))
    .limit(1);
  return job;
}

export async function findLabelJob(db: Database, id: string): Promise<StampLabelJobRow | undefined> {
  const [job] = await db.select().from(stampLabelJobs).where(eq(stampLabelJobs.id, id));
  return job;
}

/** What every label of a batch prints besides its serial: the batch, product name and stars. */
export async function findLabelBatchFacts(
  db: Database,
  batchId: string,
): Promise<{ batch: StampBatchRow; productName: string; stars: number } | undefined> {
  const [facts] = await db
    .select({ batch: stampBatches, productName: products.name, stars: certificates.stars })
    .from(stampBatches)
    .innerJoin(products, eq(products.id, stampBatches.productId))
    .innerJoin(certificates, eq(certificates.id, stampBatches.certificateId))
    .where(eq(stampBatches.id, batchId));
  return facts;
}

/** The next `limit` stamps of a batch after `afterPosition` that are not deactivated, in label order. */
export async function listPrintableStampsAfter(
  db: Database,
  o: { batchId: string; afterPosition: number; limit: number },
): Promise<{ serial: string; position: number }[]> {
  return db
    .select({ serial: stamps.serial, position: stamps.position })
    .from(stamps)
    .where(
      and(
        eq(stamps.batchId, o.batchId),
        gt(stamps.position, o.afterPosition),
        ne(stamps.status, 'deactivated'),
      ),
    )
    .orderBy(asc(stamps.position))
    .limit(o.limit);
}
