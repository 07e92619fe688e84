import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';

/**
 * Rubric versions loaded as data (a decision after 148). Drafts may be replaced or deleted; a
 * published version is immutable — no route updates it, and corrections are a new version.
 * The built-in 148 catalogue is data files read with the code (src/domain/rubric/catalogue/148);
 * its sheets' content hashes are stored in `rubric_sheet_hashes`.
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

/**
 * The content hash of every sheet of a published version: sha256 of the sheet's canonical JSON
 * (`rubricSheetContentHash`). The built-in 148 sheets are recorded by migration, an imported
 * version's when it is published. A dossier records the hash of its sheet at creation.
 */
export const rubricSheetHashes = pgTable(
  'rubric_sheet_hashes',
  {
    versionKey: text('version_key').notNull(),
    setNumber: integer('set_number').notNull(),
    contentHash: text('content_hash').notNull(),
  },
  (table) => [primaryKey({ columns: [table.versionKey, table.setNumber] })],
);
