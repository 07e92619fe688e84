import { sql } from 'drizzle-orm';
import {
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

/**
 * Administrative units with history. A unit is identified by (code, valid_from): codes are reused
 * across reforms, so no code is ever a key. `path` holds the ids from the nation down to the unit
 * (`/<nation>/<province>/<commune>/`) so jurisdiction checks are prefix tests.
 */
export const adminUnits = pgTable(
  'admin_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    nameEn: text('name_en'),
    level: text('level', { enum: ['nation', 'province', 'district', 'commune'] }).notNull(),
    /** Kind as the source names it: "Thành phố", "Tỉnh", "Phường", "Xã", "Đặc khu"… */
    kind: text('kind'),
    parentId: uuid('parent_id').references((): AnyPgColumn => adminUnits.id),
    path: text('path').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    /**
     * Release date the descriptive fields (name, full name, English name, kind) were taken from.
     * A later release may respell a unit ("Hòa" → "Hoà") or change its kind without changing its
     * identity; an older release imported afterwards never overwrites a newer spelling.
     */
    detailsAsOf: date('details_as_of').notNull(),
    /** Name folded for tone-insensitive search (see domain/text/fold-vietnamese). */
    searchKey: text('search_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('admin_units_code_valid_from_key').on(table.code, table.validFrom),
    index('admin_units_parent_idx').on(table.parentId),
    index('admin_units_path_idx').on(sql`${table.path} text_pattern_ops`),
    index('admin_units_level_idx').on(table.level, table.validTo),
    index('admin_units_code_idx').on(table.code),
  ],
);

/** Old unit → the new unit(s) it went into at a reform. */
export const adminUnitSuccessions = pgTable(
  'admin_unit_successions',
  {
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => adminUnits.id),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => adminUnits.id),
    effectiveDate: date('effective_date').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.predecessorId, table.successorId] }),
    index('admin_unit_successions_successor_idx').on(table.successorId),
  ],
);
