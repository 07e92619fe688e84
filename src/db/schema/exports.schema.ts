import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema';

/**
 * A list export run in the background (xuất danh sách): which list with which filters, who asked
 * (only they may download it), progress for polling, and the file once written. The file lives
 * under `DATA_DIR/exports/<id>.<format>` until `expiresAt`, when the daily clean-up deletes it.
 */
export const exportJobs = pgTable(
  'export_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    list: text('list').notNull(),
    format: text('format', { enum: ['xlsx', 'csv'] }).notNull(),
    /** The list's own query parameters, as the screen sent them. */
    filters: jsonb('filters').$type<Record<string, string>>().notNull().default({}),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** The API token's scopes when an API token asked (the export never reads more than it could). */
    tokenScopes: jsonb('token_scopes').$type<string[]>(),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] }).notNull(),
    doneRows: integer('done_rows').notNull().default(0),
    /** Rows the list holds, known after the first page (null before). */
    totalRows: integer('total_rows'),
    fileName: text('file_name'),
    fileBytes: integer('file_bytes'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('export_jobs_requested_by_idx').on(table.requestedBy, table.createdAt),
    index('export_jobs_expires_idx').on(table.expiresAt),
  ],
);
