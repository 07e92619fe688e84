import type { DatabaseHandle, Database } from '../../db/database';
import type { AppConfig } from '../config';

/** What a job may depend on: the same database, configuration and clock as the routes. */
export interface JobDependencies {
  database: DatabaseHandle;
  config: AppConfig;
  clock: () => Date;
}

/** Where a job writes what it has to say (the server's logger, or the command's output). */
export interface JobLog {
  info(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** What a scheduled job's handler receives. */
export interface ScheduledJobContext {
  /** The day the run works for, `YYYY-MM-DD` in Vietnam: today, or `--as-of` from the command. */
  asOf: string;
  now: Date;
  db: Database;
  deps: JobDependencies;
  log: JobLog;
}

/**
 * A job that runs every day (hour in Vietnam time). After downtime it runs once at start-up for
 * the missed day(s), so a handler must do everything due up to `asOf`, and do it once: it reads
 * what is due from the data and records what it did (a unique key), never "what changed since
 * yesterday".
 */
export interface ScheduledJobDefinition {
  kind: 'daily';
  name: string;
  /** Hour of the day (0–23, Asia/Ho_Chi_Minh) at which it runs. */
  hour: number;
  descriptionVi: string;
  descriptionEn: string;
  /** Does the work; returns counts of what it did (shown to operators). */
  run(context: ScheduledJobContext): Promise<Record<string, number>>;
}

/** What a task's handler receives: its data and the attempt it is on. */
export interface TaskContext<Data> {
  data: Data;
  now: Date;
  db: Database;
  deps: JobDependencies;
  log: JobLog;
  /** 0 on the first attempt. */
  retryCount: number;
  /** No retry follows if this attempt fails: record the failure where users see it. */
  isLastAttempt: boolean;
  /** Aborted when the process stops or the queue gives the job up: stop and throw. */
  signal: AbortSignal;
}

/**
 * Work queued by a request (a label sheet, an e-mail) and done in the background, retried with
 * exponential back-off; after the last attempt it goes to the dead-letter list.
 */
export interface TaskDefinition<Data extends object = object> {
  kind: 'task';
  name: string;
  descriptionVi: string;
  descriptionEn: string;
  retryLimit: number;
  /** First retry delay; doubles on each attempt (with jitter), capped at `retryDelayMaxSeconds`. */
  retryDelaySeconds: number;
  retryDelayMaxSeconds: number;
  /** A job active for longer belongs to a dead process and is retried. */
  expireInSeconds: number;
  /** With it, a job whose worker stopped beating (process killed) is retried after this long. */
  heartbeatSeconds?: number;
  run(context: TaskContext<Data>): Promise<void>;
}

export type JobDefinition = ScheduledJobDefinition | TaskDefinition<never>;

/** Declares a daily job (type helper). */
export function defineDailyJob(definition: Omit<ScheduledJobDefinition, 'kind'>): ScheduledJobDefinition {
  return { kind: 'daily', ...definition };
}

/** Declares a background task (type helper). */
export function defineTask<Data extends object>(
  definition: Omit<TaskDefinition<Data>, 'kind'>,
): TaskDefinition<Data> {
  return { kind: 'task', ...definition };
}

/** The queue every job lands in once its retries are spent (dead-letter list). */
export const DEAD_LETTER_QUEUE = 'dead-letter';

/** The date in Vietnam (UTC+7 all year) at `now`, `YYYY-MM-DD`. */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
