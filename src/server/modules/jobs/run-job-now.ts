import type { RunJobOutput } from '../../../contracts/jobs.contracts';
import { notFound } from '../../../domain/errors';
import { findJobDefinition } from '../../jobs/job-catalogue';
import { vietnamToday, type JobDependencies, type JobLog } from '../../jobs/job-definition';
import { runScheduledJob } from '../../jobs/run-scheduled-job';

/** Runs one daily job now, as of `asOf` (default today in Vietnam); NOT_FOUND for another name. */
export async function runJobNow(params: {
  name: string;
  asOf: string | undefined;
  deps: JobDependencies;
  log: JobLog;
}): Promise<RunJobOutput> {
  const job = findJobDefinition(params.name);
  if (!job || job.kind !== 'daily') throw notFound('việc hằng ngày', 'Daily job');
  const result = await runScheduledJob({
    job,
    asOf: params.asOf ?? vietnamToday(params.deps.clock()),
    trigger: 'command',
    deps: params.deps,
    log: params.log,
  });
  return { name: result.name, asOf: result.asOf, summary: result.summary };
}
