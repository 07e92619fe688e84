import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ReportFigures } from '../../domain/reports/report-figures';
import { REPORT_PERIODS, REPORT_STATUSES } from '../../domain/reports/report-workflow';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';

/** The free-text parts of a report the standing office writes and reviews. */
export interface ReportNarrative {
  /** Kết quả nổi bật — a short summary of the period. */
  summary: string;
  /** Xúc tiến thương mại — trade promotion in the period. */
  tradePromotion: string;
  /** Khó khăn, vướng mắc. */
  difficulties: string;
  /** Đề xuất, kiến nghị. */
  proposals: string;
}

/**
 * Báo cáo kết quả thực hiện Chương trình OCOP — a unit's periodic report (6 months, year) to the
 * level above: figures frozen as a JSON snapshot when generated, the narrative written by the
 * standing office. One per unit, year and period; `revision` guards concurrent edits.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    year: integer('year').notNull(),
    period: text('period', { enum: REPORT_PERIODS }).notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('draft'),
    figures: jsonb('figures').$type<ReportFigures>().notNull(),
    narrative: jsonb('narrative').$type<ReportNarrative>().notNull(),
    /** Bumped by every write, so a stale edit fails with 409. */
    revision: integer('revision').notNull().default(1),
    /** Number of the last submitted version (0 before the first submission). */
    submittedVersion: integer('submitted_version').notNull().default(0),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => accounts.id),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    reopenedBy: uuid('reopened_by').references(() => accounts.id),
    reopenReason: text('reopen_reason'),
  },
  (table) => [
    uniqueIndex('reports_unit_year_period_idx').on(table.unitId, table.year, table.period),
    index('reports_year_period_idx').on(table.year, table.period),
  ],
);

/** Every submission of a report, kept as it was sent: never updated or deleted. */
export const reportVersions = pgTable(
  'report_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    version: integer('version').notNull(),
    figures: jsonb('figures').$type<ReportFigures>().notNull(),
    narrative: jsonb('narrative').$type<ReportNarrative>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: uuid('submitted_by').references(() => accounts.id),
  },
  (table) => [uniqueIndex('report_versions_report_version_idx').on(table.reportId, table.version)],
);
