import { z } from 'zod';

/** The last run of a daily job. */
export const JobRunOutput = z.object({
  asOf: z.iso.date(),
  trigger: z.enum(['schedule', 'startup', 'command']),
  status: z.enum(['running', 'completed', 'failed']),
  summary: z.record(z.string(), z.number()).nullable(),
  error: z.string().nullable(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type JobRunOutput = z.infer<typeof JobRunOutput>;

/** The background jobs as operators see them (queued / running / failed, last run of each schedule). */
export const JobsOverviewOutput = z
  .object({
    isRunning: z.boolean().describe('Whether this process runs the job queue'),
    jobs: z.array(
      z.object({
        name: z.string(),
        kind: z.enum(['daily', 'task']),
        descriptionVi: z.string(),
        descriptionEn: z.string(),
        queued: z.number().int(),
        active: z.number().int(),
        failed: z.number().int(),
        hour: z.number().int().nullable().describe('Daily jobs: hour of the day, Vietnam time'),
        lastRun: JobRunOutput.nullable(),
      }),
    ),
    deadLetters: z.array(
      z.object({
        id: z.string(),
        sourceName: z.string().nullable(),
        data: z.unknown(),
        createdAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'JobsOverview' });
export type JobsOverviewOutput = z.infer<typeof JobsOverviewOutput>;

export const JobNameParams = z.object({ name: z.string().min(1).max(100) });

/** Run a daily job now; `asOf` defaults to today in Vietnam. */
export const RunJobInput = z.object({ asOf: z.iso.date().optional() });
export type RunJobInput = z.infer<typeof RunJobInput>;

export const RunJobOutput = z
  .object({ name: z.string(), asOf: z.iso.date(), summary: z.record(z.string(), z.number()) })
  .meta({ id: 'JobRun' });
export type RunJobOutput = z.infer<typeof RunJobOutput>;
