import { date, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';

/**
 * Rubric versions loaded as data (a decision after 148). Drafts may be replaced or deleted; a
 * published version is immutable — no route updates it, and corrections are a new version.
 * The built-in 148 catalogue lives in code (src/domain/rubric/catalogue) and is not stored here.
 */
export const rubricVersions = pgTable(
  'rubric_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The version's own id from the file (`148`, `26-2026`…), unique across built-in and stored. */
    versionKey: text('version_key').notNull(),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    /** The whole RubricVersion as imported (validated by parseRubricImport). */
    content: jsonb('content').notNull(),
    /** The unit of the admin who imported it (a province or the nation). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    importedBy: uuid('imported_by').references(() => accounts.id),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => accounts.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (table) => [
    unique('rubric_versions_key').on(table.versionKey),
    index('rubric_versions_status_idx').on(table.status),
  ],
);
