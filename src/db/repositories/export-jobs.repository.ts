/** Export jobs (xuất danh sách chạy nền): queries only, no rules. */
import { and, eq, inArray, lt } from 'drizzle-orm';
import type { Database } from '../database';
import { exportJobs } from '../schema';

export type ExportJobRow = typeof exportJobs.$inferSelect;

/** Records an export as queued; returns the row. */
export async function insertExportJob(
  db: Database,
  values: {
    list: string;
    format: 'xlsx' | 'csv';
    filters: Record<string, string>;
    requestedBy: string;
    tokenScopes: string[] | null;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<ExportJobRow> {
  const [row] = await db
    .insert(exportJobs)
    .values({ ...values, status: 'queued' })
    .returning();
  if (!row) throw new Error('export job not inserted');
  return row;
}

export async function findExportJob(db: Database, id: string): Promise<ExportJobRow | undefined> {
  const [row] = await db.select().from(exportJobs).where(eq(exportJobs.id, id));
  return row;
}

/** Starts (or restarts after a crash) a job: running, no rows written yet. */
export async function markExportRunning(db: Database, id: string): Promise<void> {
  await db
    .update(exportJobs)
    .set({ status: 'running', doneRows: 0, error: null })
    .where(eq(exportJobs.id, id));
}

export async function updateExportProgress(
  db: Database,
  id: string,
  progress: { doneRows: number; totalRows: number },
): Promise<void> {
  await db.update(exportJobs).set(progress).where(eq(exportJobs.id, id));
}

export async function finishExportJob(
  db: Database,
  id: string,
  result: { doneRows: number; totalRows: number; fileName: string; fileBytes: number; finishedAt: Date },
): Promise<void> {
  await db
    .update(exportJobs)
    .set({ ...result, status: 'done' })
    .where(eq(exportJobs.id, id));
}

export async function failExportJob(
  db: Database,
  id: string,
  error: string,
  finishedAt: Date,
): Promise<void> {
  await db.update(exportJobs).set({ status: 'failed', error, finishedAt }).where(eq(exportJobs.id, id));
}

/** Exports queued or running: what a restart queues again. */
export async function listUnfinishedExportIds(db: Database): Promise<string[]> {
  const rows = await db
    .select({ id: exportJobs.id })
    .from(exportJobs)
    .where(inArray(exportJobs.status, ['queued', 'running']));
  return rows.map((row) => row.id);
}

/** Deletes the jobs whose file has expired; returns them (their files are deleted by the caller). */
export async function deleteExpiredExportJobs(
  db: Database,
  now: Date,
): Promise<Pick<ExportJobRow, 'id' | 'format'>[]> {
  return db
    .delete(exportJobs)
    .where(and(lt(exportJobs.expiresAt, now)))
    .returning({ id: exportJobs.id, format: exportJobs.format });
}
