import { finishJobRun, startJobRun, type JobRunTrigger } from '../../db/repositories/job-runs.repository';
import type { JobDependencies, JobLog, ScheduledJobDefinition } from './job-definition';

export interface ScheduledRunResult {
  name: string;
  asOf: string;
  runId: string;
  summary: Record<string, number>;
}

/**
 * Runs one scheduled job as of a day and records the run (started, completed with its counts, or
 * failed with the reason). The queue's worker, the start-up catch-up and `ocop jobs run` all come
 * through here. A failure is recorded, then thrown again (the queue retries it).
 */
export async function runScheduledJob(params: {
  job: ScheduledJobDefinition;
  asOf: string;
  trigger: JobRunTrigger;
  deps: JobDependencies;
  log: JobLog;
}): Promise<ScheduledRunResult> {
  const { job, asOf, deps } = params;
  const db = deps.database.db;
  const runId = await startJobRun(db, { name: job.name, asOf, trigger: params.trigger, now: deps.clock() });
  try {
    const summary = await job.run({ asOf, now: deps.clock(), db, deps, log: params.log });
    await finishJobRun(db, runId, { status: 'completed', summary }, deps.clock());
    params.log.info(`job ${job.name} as of ${asOf} completed`, summary);
    return { name: job.name, asOf, runId, summary };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finishJobRun(db, runId, { status: 'failed', error: message }, deps.clock());
    params.log.error(`job ${job.name} as of ${asOf} failed`, { error: message });
    throw error;
  }
}
