import os from 'node:os';
import { PgBoss, type Job, type JobWithMetadata } from 'pg-boss';
import { jobQueueConnectionOf } from '../../db/job-queue-database';
import {
  hasCompletedRunSince,
  latestJobRuns,
  type JobRunRow,
} from '../../db/repositories/job-runs.repository';
import {
  DEAD_LETTER_QUEUE,
  vietnamToday,
  type JobDefinition,
  type JobDependencies,
  type JobLog,
  type ScheduledJobDefinition,
  type TaskDefinition,
} from './job-definition';
import { runScheduledJob } from './run-scheduled-job';

/** Queue settings of a deployment (`jobs` in the configuration). */
export interface JobQueueSettings {
  /** How often an idle worker looks for work; a job queued by this process wakes it at once. */
  pollingSeconds: number;
  /** False: queue nothing, run nothing (a process that only serves pages). */
  isEnabled: boolean;
  /** Overrides every task's first retry delay (tests use 1 s instead of minutes). */
  taskRetryDelaySeconds?: number;
}

export const DEFAULT_JOB_QUEUE_SETTINGS: JobQueueSettings = { pollingSeconds: 2, isEnabled: true };

/** One job as operators see it. */
export interface JobOverview {
  name: string;
  kind: 'daily' | 'task';
  descriptionVi: string;
  descriptionEn: string;
  queued: number;
  active: number;
  failed: number;
  /** Daily jobs: the hour (Vietnam time) and the last run. */
  hour: number | null;
  lastRun: JobRunRow | null;
}

export interface DeadLetterEntry {
  id: string;
  sourceName: string | null;
  data: unknown;
  createdOn: Date;
}

export interface JobsOverview {
  jobs: JobOverview[];
  deadLetters: DeadLetterEntry[];
}

export interface JobQueue {
  readonly definitions: readonly JobDefinition[];
  /** Whether this process has started the queue (and not stopped it). */
  readonly isRunning: boolean;
  /** Installs or upgrades the queue's tables, declares the queues and schedules, starts the workers. */
  start(): Promise<void>;
  /** Stops taking work; running handlers are asked to stop (their job is retried later). */
  stop(): Promise<void>;
  /** Queues a task. With `id` (a UUID) sending the same job twice queues it once. */
  enqueue(name: string, data: object, options?: { id?: string }): Promise<void>;
  overview(): Promise<JobsOverview>;
}

const SCHEDULED_RETRY = { retryLimit: 3, retryDelay: 60, retryBackoff: true, retryDelayMax: 3600 };

function cronOf(job: ScheduledJobDefinition): string {
  return `0 ${job.hour} * * *`;
}

/**
 * The background job queue: pg-boss on the product's own database (PGlite or PostgreSQL). Every
 * process runs workers for every job; pg-boss hands each job to one of them, retries failures
 * with exponential back-off and moves a job that used up its retries to the dead-letter queue.
 * Daily jobs are cron schedules in Asia/Ho_Chi_Minh, shared by all processes (one job per day);
 * a process starting after the hour of a day with no completed run catches that day up.
 */
export function createJobQueue(options: {
  deps: JobDependencies;
  definitions: readonly JobDefinition[];
  log: JobLog;
  settings?: Partial<JobQueueSettings>;
}): JobQueue {
  const { deps, definitions, log } = options;
  const settings = { ...DEFAULT_JOB_QUEUE_SETTINGS, ...options.settings };
  const connection = jobQueueConnectionOf(deps.database);
  const boss = new PgBoss({
    db: connection.db,
    backend: connection.backend,
    instanceName: `${os.hostname()}:${process.pid}`,
    // Maintenance (expiring jobs of dead processes, purging old ones) and cron in every process;
    // pg-boss coordinates them through the database.
    supervise: true,
    schedule: true,
  });
  boss.on('error', (error: Error) => log.error('job queue error', { error: error.message }));
  const stopping = new AbortController();
  const workerIds = new Map<string, string>();
  let state: 'idle' | 'starting' | 'started' | 'stopped' = 'idle';
  let starting: Promise<void> | undefined;

  async function declare(job: JobDefinition): Promise<void> {
    if (job.kind === 'daily') {
      await boss.createQueue(job.name, { ...SCHEDULED_RETRY, deadLetter: DEAD_LETTER_QUEUE });
      await boss.schedule(job.name, cronOf(job), {}, { tz: 'Asia/Ho_Chi_Minh', missed: 'once' });
      return;
    }
    await boss.createQueue(job.name, {
      retryLimit: job.retryLimit,
      retryDelay: settings.taskRetryDelaySeconds ?? job.retryDelaySeconds,
      retryBackoff: true,
      retryDelayMax: job.retryDelayMaxSeconds,
      expireInSeconds: job.expireInSeconds,
      ...(job.heartbeatSeconds ? { heartbeatSeconds: job.heartbeatSeconds } : {}),
      deadLetter: DEAD_LETTER_QUEUE,
    });
  }

  async function work(job: JobDefinition): Promise<void> {
    const workOptions = {
      pollingIntervalSeconds: settings.pollingSeconds,
      batchSize: 1,
      includeMetadata: true,
    };
    const id =
      job.kind === 'daily'
        ? await boss.work<{ asOf?: string; isCatchUp?: boolean }>(job.name, workOptions, async ([queued]) => {
            if (!queued) return;
            const asOf = queued.data?.asOf ?? vietnamToday(deps.clock());
            const trigger = queued.data?.isCatchUp ? 'startup' : 'schedule';
            await runScheduledJob({ job, asOf, trigger, deps, log });
          })
        : await boss.work<object>(job.name, workOptions, async ([queued]) => {
            if (queued) await runTask(job, queued);
          });
    workerIds.set(job.name, id);
  }

  async function runTask(
    job: TaskDefinition<never>,
    queued: JobWithMetadata<object> | Job<object>,
  ): Promise<void> {
    const retryLimit = 'retryLimit' in queued ? queued.retryLimit : job.retryLimit;
    await job.run({
      data: queued.data as never,
      now: deps.clock(),
      db: deps.database.db,
      deps,
      log,
      retryCount: queued.retryCount,
      isLastAttempt: queued.retryCount >= retryLimit,
      signal: AbortSignal.any([stopping.signal, queued.signal]),
    });
  }

  /** A day whose hour has passed without a completed run (the server was down): run it now. */
  async function catchUp(job: ScheduledJobDefinition): Promise<void> {
    const now = deps.clock();
    const today = vietnamToday(now);
    const hourInVietnam = new Date(now.getTime() + 7 * 3600_000).getUTCHours();
    if (hourInVietnam < job.hour) return;
    if (await hasCompletedRunSince(deps.database.db, job.name, today)) return;
    await boss.send(
      job.name,
      { asOf: today, isCatchUp: true },
      { singletonKey: `${job.name}:${today}`, singletonSeconds: 86_400 },
    );
  }

  async function doStart(): Promise<void> {
    await boss.start();
    await boss.createQueue(DEAD_LETTER_QUEUE, { retryLimit: 0, deleteAfterSeconds: 90 * 86_400 });
    for (const job of definitions) await declare(job);
    for (const job of definitions) await work(job);
    for (const job of definitions) if (job.kind === 'daily') await catchUp(job);
    state = 'started';
  }

  return {
    definitions,
    get isRunning() {
      return state === 'started';
    },
    async start() {
      if (!settings.isEnabled || state !== 'idle') return;
      state = 'starting';
      starting = doStart();
      await starting;
    },
    async stop() {
      if (state === 'idle' || state === 'stopped') {
        state = 'stopped';
        return;
      }
      await starting?.catch(() => undefined);
      state = 'stopped';
      stopping.abort(new Error('the server is stopping'));
      await boss.stop({ graceful: true, timeout: 10_000, close: false });
    },
    async enqueue(name, data, sendOptions = {}) {
      if (state === 'starting') await starting;
      if (state !== 'started') throw new Error(`the job queue is not running (job ${name})`);
      await boss.send(name, data, sendOptions.id ? { id: sendOptions.id } : {});
      const workerId = workerIds.get(name);
      if (workerId) boss.notifyWorker(workerId);
    },
    async overview() {
      const names = definitions.map((d) => d.name);
      const queues = state === 'started' ? await boss.getQueues(names) : [];
      const runs = await latestJobRuns(deps.database.db, names);
      const deadLetters =
        state === 'started' ? await boss.findJobs(DEAD_LETTER_QUEUE, { queued: true, limit: 100 }) : [];
      return {
        jobs: definitions.map((d) => {
          const queue = queues.find((q) => q.name === d.name);
          return {
            name: d.name,
            kind: d.kind,
            descriptionVi: d.descriptionVi,
            descriptionEn: d.descriptionEn,
            queued: queue?.queuedCount ?? 0,
            active: queue?.activeCount ?? 0,
            failed: queue?.failedCount ?? 0,
            hour: d.kind === 'daily' ? d.hour : null,
            lastRun: runs.find((r) => r.name === d.name) ?? null,
          };
        }),
        deadLetters: deadLetters.map((j) => ({
          id: j.id,
          sourceName: j.sourceName,
          data: j.data,
          createdOn: j.createdOn,
        })),
      };
    },
  };
}
