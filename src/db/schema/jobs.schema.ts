import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * One run of a scheduled job (the daily expiry notices, the expiry itself…), whoever started it:
 * the schedule, a catch-up at start-up after downtime, or an operator (`ocop jobs run`). The queue
 * itself (pg-boss, schema `pgboss`) keeps the jobs and their retries; this table is the lasting
 * record operators read ("last run of each schedule"), kept after the queue has purged its rows.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** The day the run worked for (Asia/Ho_Chi_Minh calendar date). */
    asOf: date('as_of').notNull(),
    trigger: text('trigger', { enum: ['schedule', 'startup', 'command'] }).notNull(),
    status: text('status', { enum: ['running', 'completed', 'failed'] }).notNull(),
    /** What the run did, e.g. `{ "notices": 3 }`. */
    summary: jsonb('summary').$type<Record<string, number>>(),
    error: text('error'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [index('job_runs_name_started_idx').on(table.name, table.startedAt)],
);
