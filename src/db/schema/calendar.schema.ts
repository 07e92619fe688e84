import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { CALENDAR_DAY_KINDS } from '../../domain/calendar/working-day-calendar';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';

/**
 * Lịch ngày nghỉ — the editable calendar of working-day arithmetic: national days (`unit_id` null)
 * plus a province's own days, each either a day off or a working day in lieu (ngày làm việc bù). Starts from the built-in list of
 * `domain/calendar/vietnam-holidays`; a removed day keeps its row (`deleted_at`) so nothing is
 * lost and the built-in list never brings it back.
 */
export const holidayCalendar = pgTable(
  'holiday_calendar',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null: the whole nation; otherwise a province (tỉnh/thành phố). */
    unitId: uuid('unit_id').references(() => adminUnits.id),
    date: date('date').notNull(),
    /** `day-off` (ngày nghỉ) or `working-day` (ngày làm việc bù: a weekend or a national day off worked). */
    kind: text('kind', { enum: CALENDAR_DAY_KINDS }).notNull().default('day-off'),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull().default(''),
    source: text('source', { enum: ['built-in', 'manual'] }).notNull(),
    isProvisional: boolean('is_provisional').notNull().default(false),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by').references(() => accounts.id),
  },
  (table) => [
    unique('holiday_calendar_unit_date_key').on(table.unitId, table.date).nullsNotDistinct(),
    index('holiday_calendar_live_date_idx')
      .on(table.date)
      .where(sql`${table.deletedAt} is null`),
  ],
);
