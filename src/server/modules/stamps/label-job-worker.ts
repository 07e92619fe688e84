import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { queryRows, type Database } from '../../../db/database';
import { stampLabelJobs } from '../../../db/schema';
import type { AppConfig } from '../../config';
import type { BlobStore } from '../../files/blob-store';
import { renderBatchLabels } from './render-label-job';

export interface LabelJobWorkerSettings {
  /** A running job whose heartbeat is older than this belongs to a dead process and is claimed again. */
  staleAfterSeconds: number;
  /** How often an idle worker looks for pending or abandoned jobs (a new request wakes it at once). */
  pollMs: number;
  /** Claims of one job before it is marked failed (a job that kills its process must not loop). */
  maxAttempts: number;
}

export const DEFAULT_LABEL_JOB_SETTINGS: LabelJobWorkerSettings = {
  staleAfterSeconds: 60,
  pollMs: 5_000,
  maxAttempts: 3,
};

/** The worker settings of a deployment (`labelJobs` in the configuration) or the defaults. */
export function labelJobSettingsOf(config: AppConfig): LabelJobWorkerSettings {
  const configured = (config as AppConfig & { labelJobs?: Partial<LabelJobWorkerSettings> }).labelJobs;
  return { ...DEFAULT_LABEL_JOB_SETTINGS, ...configured };
}

export interface LabelJobWorker {
  readonly workerId: string;
  /** Starts polling and looks for work at once (pending jobs, jobs of a killed process). */
  start(): void;
  /** Looks for work now (after a job was queued). */
  wake(): void;
  /** Stops claiming; a job being rendered is handed back as pending for the next process. */
  stop(): Promise<void>;
}

class JobReleased extends Error {}

/** A job row as the claim returns it. */
interface ClaimedJob {
  id: string;
  batch_id: string;
  attempts: number;
  total: number;
}

const FAILED_MESSAGE =
  'Không tạo được tờ tem; hãy thử lại / the label sheets could not be generated; try again';

/**
 * Generates label sheet PDFs in the server process from the `stamp_label_jobs` table, so a queued
 * job survives a restart. A job is claimed with `FOR UPDATE SKIP LOCKED` (two processes never take
 * the same one); while rendering, the worker writes progress and a heartbeat; a `running` job
 * whose heartbeat went stale is claimed again (its process died) and rendered from the start.
 * The PDF goes to the content-addressed blob store and the job row keeps its SHA-256.
 */
export function createLabelJobWorker(options: {
  db: Database;
  blobs: BlobStore;
  baseUrl: string;
  log: FastifyBaseLogger;
  settings: LabelJobWorkerSettings;
  workerId?: string;
}): LabelJobWorker {
  const { db, log, settings } = options;
  const workerId = options.workerId ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let isStopping = false;
  let isWakeRequested = false;
  let draining: Promise<void> | undefined;
  let poller: NodeJS.Timeout | undefined;

  async function claimNext(): Promise<ClaimedJob | undefined> {
    const [row] = await queryRows<ClaimedJob>(
      db,
      sql`update stamp_label_jobs set status = 'running', claimed_by = ${workerId}, heartbeat_at = now(), started_at = now(), attempts = attempts + 1, processed = 0
          where id = (select id from stamp_label_jobs
                      where status = 'pending' or (status = 'running' and (heartbeat_at is null or heartbeat_at < now() - ${settings.staleAfterSeconds}::int * interval '1 second'))
                      order by created_at limit 1 for update skip locked)
          returning id, batch_id, attempts, total`,
    );
    return row;
  }

  const ownedBy = (id: string) =>
    and(
      eq(stampLabelJobs.id, id),
      eq(stampLabelJobs.claimedBy, workerId),
      eq(stampLabelJobs.status, 'running'),
    );

  async function heartbeat(id: string, processed?: number): Promise<void> {
    const rows = await db
      .update(stampLabelJobs)
      .set({ heartbeatAt: sql`now()`, ...(processed === undefined ? {} : { processed }) })
      .where(ownedBy(id))
      .returning({ id: stampLabelJobs.id });
    if (rows.length === 0) throw new JobReleased('the job was claimed by another process');
  }

  async function run(job: ClaimedJob): Promise<void> {
    if (job.attempts > settings.maxAttempts) {
      await db
        .update(stampLabelJobs)
        .set({ status: 'failed', failureMessage: FAILED_MESSAGE, finishedAt: new Date() })
        .where(ownedBy(job.id));
      log.error(
        { jobId: job.id, attempts: job.attempts },
        'stamp label job abandoned after too many attempts',
      );
      return;
    }
    const beat = setInterval(
      () => void heartbeat(job.id).catch(() => undefined),
      (settings.staleAfterSeconds * 1000) / 3,
    );
    beat.unref();
    try {
      const pdf = await renderBatchLabels({
        db,
        batchId: job.batch_id,
        baseUrl: options.baseUrl,
        total: Number(job.total),
        onProgress: async (done) => {
          if (isStopping) throw new JobReleased('the server is stopping');
          await heartbeat(job.id, done);
        },
      });
      const { sha256 } = await options.blobs.put(pdf);
      await db
        .update(stampLabelJobs)
        .set({
          status: 'completed',
          processed: sql`${stampLabelJobs.total}`,
          fileSha256: sha256,
          finishedAt: new Date(),
        })
        .where(ownedBy(job.id));
    } catch (error) {
      if (error instanceof JobReleased) {
        // Hand the job back untouched by this attempt: the next process renders it from the start.
        await db
          .update(stampLabelJobs)
          .set({
            status: 'pending',
            claimedBy: null,
            heartbeatAt: null,
            processed: 0,
            attempts: sql`greatest(${stampLabelJobs.attempts} - 1, 0)`,
          })
          .where(ownedBy(job.id));
        log.info({ jobId: job.id, reason: error.message }, 'stamp label job released');
        return;
      }
      log.error({ err: error, jobId: job.id }, 'stamp label job failed');
      await db
        .update(stampLabelJobs)
        .set({ status: 'failed', failureMessage: FAILED_MESSAGE, finishedAt: new Date() })
        .where(ownedBy(job.id));
    } finally {
      clearInterval(beat);
    }
  }

  async function drain(): Promise<void> {
    while (!isStopping) {
      const job = await claimNext();
      if (!job) return;
      await run(job);
    }
  }

  function wake(): void {
    if (isStopping) return;
    if (draining) {
      isWakeRequested = true;
      return;
    }
    draining = drain()
      .catch((error: unknown) => log.error({ err: error }, 'stamp label worker could not claim a job'))
      .finally(() => {
        draining = undefined;
        if (isWakeRequested) {
          isWakeRequested = false;
          wake();
        }
      });
  }

  return {
    workerId,
    start() {
      poller ??= setInterval(wake, settings.pollMs);
      poller.unref();
      setImmediate(wake);
    },
    wake,
    async stop() {
      isStopping = true;
      if (poller) clearInterval(poller);
      await draining;
    },
  };
}
