import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { jobRuns } from '../schema';

export type JobRunRow = typeof jobRuns.$inferSelect;
export type JobRunTrigger = JobRunRow['trigger'];

/** Records that a run of `name` as of `asOf` started; returns its id. */
export async function startJobRun(
  db: Database,
  run: { name: string; asOf: string; trigger: JobRunTrigger; now: Date },
): Promise<string> {
  const [row] = await db
    .insert(jobRuns)
    .values({ name: run.name, asOf: run.asOf, trigger: run.trigger, status: 'running', startedAt: run.now })
    .returning({ id: jobRuns.id });
  return row!.id;
}

/** Closes a run as completed (with what it did) or failed (with the reason). */
export async function finishJobRun(
  db: Database,
  id: string,
  outcome: { status: 'completed'; summary: Record<string, number> } | { status: 'failed'; error: string },
  now: Date,
): Promise<void> {
  await db
    .update(jobRuns)
    .set({
      status: outcome.status,
      summary: outcome.status === 'completed' ? outcome.summary : null,
      error: outcome.status === 'failed' ? outcome.error.slice(0, 2000) : null,
      finishedAt: now,
    })
    .where(eq(jobRuns.id, id));
}

/** The latest run of each named job (any status), by start time. */
export async function latestJobRuns(db: Database, names: readonly string[]): Promise<JobRunRow[]> {
  if (names.length === 0) return [];
  return db
    .selectDistinctOn([jobRuns.name])
    .from(jobRuns)
    .where(inArray(jobRuns.name, [...names]))
    .orderBy(jobRuns.name, desc(jobRuns.startedAt));
}

/** Whether `name` already completed a run for the day `asOf` (or a later one). */
export async function hasCompletedRunSince(db: Database, name: string, asOf: string): Promise<boolean> {
  const [row] = await db
    .select({ id: jobRuns.id })
    .from(jobRuns)
    .where(and(eq(jobRuns.name, name), eq(jobRuns.status, 'completed'), sql`${jobRuns.asOf} >= ${asOf}`))
    .limit(1);
  return row !== undefined;
}

/** The most recent runs, newest first (the operators' history). */
export async function listRecentJobRuns(db: Database, limit: number): Promise<JobRunRow[]> {
  return db.select().from(jobRuns).orderBy(desc(jobRuns.startedAt)).limit(limit);
}
