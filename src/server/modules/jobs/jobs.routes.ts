import {
  JobNameParams,
  JobsOverviewOutput,
  RunJobInput,
  RunJobOutput,
} from '../../../contracts/jobs.contracts';
import { commonErrorResponses } from '../../../contracts/problem.contracts';
import type { AppInstance } from '../../context';
import { JOB_DEFINITIONS } from '../../jobs/job-catalogue';
import { createJobQueue, type JobQueueSettings } from '../../jobs/job-queue';
import { attachJobQueue } from '../../jobs/queue-of-app';
import { enforceRequiredPermissions } from '../../route-permission';
import { getJobsOverview } from './get-jobs-overview';
import { queueUnfinishedWork } from './queue-unfinished-work';
import { runJobNow } from './run-job-now';

/**
 * The background job queue of the app (started when the app is ready, stopped when it closes) and
 * the operators' view of it.
 */
export async function jobsRoutes(app: AppInstance): Promise<void> {
  const settings = (app.deps.config as { jobs?: Partial<JobQueueSettings> }).jobs;
  const log = {
    info: (message: string, details?: Record<string, unknown>) => app.log.info(details ?? {}, message),
    error: (message: string, details?: Record<string, unknown>) => app.log.error(details ?? {}, message),
  };
  const queue = createJobQueue({ deps: app.deps, definitions: JOB_DEFINITIONS, settings, log });
  attachJobQueue(app.deps, queue);
  app.addHook('onReady', async () => {
    await queue.start();
    if (queue.isRunning) await queueUnfinishedWork(app.deps.database.db, queue);
  });
  app.addHook('onClose', async () => queue.stop());
  enforceRequiredPermissions(app);

  app.get(
    '/api/v1/jobs',
    {
      config: { requiredPermission: 'jobs.read' },
      schema: {
        operationId: 'getJobsOverview',
        tags: ['jobs'],
        summary: 'Việc chạy nền: đang chờ, đang chạy, lỗi, lần chạy gần nhất / background jobs',
        response: { 200: JobsOverviewOutput, ...commonErrorResponses },
      },
    },
    async () => getJobsOverview(queue, settings?.isEnabled !== false),
  );

  app.post(
    '/api/v1/jobs/:name/run',
    {
      config: { requiredPermission: 'jobs.run' },
      schema: {
        operationId: 'runJobNow',
        tags: ['jobs'],
        summary: 'Chạy ngay một việc hằng ngày, tính theo một ngày / run one daily job now, as of a day',
        params: JobNameParams,
        body: RunJobInput,
        response: { 200: RunJobOutput, ...commonErrorResponses },
      },
    },
    async (request) => runJobNow({ name: request.params.name, asOf: request.body.asOf, deps: app.deps, log }),
  );
}
