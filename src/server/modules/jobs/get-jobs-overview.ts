import type { JobsOverviewOutput } from '../../../contracts/jobs.contracts';
import type { JobQueue } from '../../jobs/job-queue';

/** The queue's jobs, their counts, the last run of each daily job and the dead-letter list. */
export async function getJobsOverview(queue: JobQueue, isRunning: boolean): Promise<JobsOverviewOutput> {
  const { jobs, deadLetters } = await queue.overview();
  return {
    isRunning,
    jobs: jobs.map((job) => ({
      ...job,
      lastRun: job.lastRun && {
        asOf: job.lastRun.asOf,
        trigger: job.lastRun.trigger,
        status: job.lastRun.status,
        summary: job.lastRun.summary,
        error: job.lastRun.error,
        startedAt: job.lastRun.startedAt.toISOString(),
        finishedAt: job.lastRun.finishedAt?.toISOString() ?? null,
      },
    })),
    deadLetters: deadLetters.map((entry) => ({
      id: entry.id,
      sourceName: entry.sourceName,
      data: entry.data,
      createdAt: new Date(entry.createdOn).toISOString(),
    })),
  };
}
