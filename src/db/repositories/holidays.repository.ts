import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { BuiltInHoliday } from '../../domain/calendar/vietnam-holidays';
import type { Database } from '../database';
import { holidayCalendar } from '../schema';

/** A stored day of the holiday calendar (lịch ngày nghỉ): national when `unitId` is null. */
export type HolidayRow = typeof holidayCalendar.$inferSelect;

/** What an administrator writes when adding a day (or restoring one removed earlier). */
export interface HolidayEntryValues {
  kind: HolidayRow['kind'];
  nameVi: string;
  nameEn: string;
  source: HolidayRow['source'];
  isProvisional: boolean;
  createdBy: string | null;
  createdAt: Date;
  deletedAt: null;
  deletedBy: null;
}

/** Any stored row (live or removed). */
export async function findHolidayById(db: Database, id: string): Promise<HolidayRow | undefined> {
  const [row] = await db.select().from(holidayCalendar).where(eq(holidayCalendar.id, id));
  return row;
}

/**
 * The row (live or removed) of `date` in one calendar — the nation's when `unitId` is null —
 * locked until the transaction ends.
 */
export async function findHolidayOfScopeForUpdate(
  db: Database,
  unitId: string | null,
  date: string,
): Promise<HolidayRow | undefined> {
  const sameScope = unitId === null ? isNull(holidayCalendar.unitId) : eq(holidayCalendar.unitId, unitId);
  const [row] = await db
    .select()
    .from(holidayCalendar)
    .where(and(sameScope, eq(holidayCalendar.date, date)))
    .for('update');
  return row;
}

/** The live national rows of one date. */
export async function listLiveNationalHolidaysOn(db: Database, date: string): Promise<HolidayRow[]> {
  return db
    .select()
    .from(holidayCalendar)
    .where(
      and(isNull(holidayCalendar.unitId), isNull(holidayCalendar.deletedAt), eq(holidayCalendar.date, date)),
    );
}

/** Overwrites a stored row with a new entry (bringing back a removed day). */
export async function rewriteHoliday(
  db: Database,
  id: string,
  values: HolidayEntryValues,
): Promise<HolidayRow | undefined> {
  const [row] = await db.update(holidayCalendar).set(values).where(eq(holidayCalendar.id, id)).returning();
  return row;
}

export async function insertHoliday(
  db: Database,
  values: HolidayEntryValues & { unitId: string | null; date: string },
): Promise<HolidayRow | undefined> {
  const [row] = await db.insert(holidayCalendar).values(values).returning();
  return row;
}

/** Marks a live row removed by `accountId`; undefined when it was removed already. */
export async function markHolidayDeleted(
  db: Database,
  params: { id: string; accountId: string; now: Date },
): Promise<HolidayRow | undefined> {
  const [row] = await db
    .update(holidayCalendar)
    .set({ deletedAt: params.now, deletedBy: params.accountId })
    .where(and(eq(holidayCalendar.id, params.id), isNull(holidayCalendar.deletedAt)))
    .returning();
  return row;
}

/** Whether the national calendar has a row (live or removed) on any of these dates. */
export async function hasNationalHolidayOnAny(db: Database, dates: readonly string[]): Promise<boolean> {
  const [row] = await db
    .select({ id: holidayCalendar.id })
    .from(holidayCalendar)
    .where(and(isNull(holidayCalendar.unitId), inArray(holidayCalendar.date, [...dates])))
    .limit(1);
  return row !== undefined;
}

/** Stores the national days not stored yet (a racing writer's rows win) and returns how many were new. */
export async function insertBuiltInHolidays(
  db: Database,
  days: readonly BuiltInHoliday[],
  now: Date,
): Promise<number> {
  const inserted = await db
    .insert(holidayCalendar)
    .values(
      days.map((day) => ({
        unitId: null,
        date: day.date,
        nameVi: day.nameVi,
        nameEn: day.nameEn,
        source: 'built-in' as const,
        isProvisional: day.isProvisional,
        createdAt: now,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: holidayCalendar.id });
  return inserted.length;
}

/**
 * The live days of the nation and of the units `unitIds` (none: the nation's only), optionally
 * between two dates, by date.
 */
export async function listLiveHolidaysOfUnits(
  db: Database,
  params: { unitIds: readonly string[]; from?: string | undefined; to?: string | undefined },
): Promise<HolidayRow[]> {
  const scope =
    params.unitIds.length > 0
      ? or(isNull(holidayCalendar.unitId), inArray(holidayCalendar.unitId, [...params.unitIds]))
      : isNull(holidayCalendar.unitId);
  return db
    .select()
    .from(holidayCalendar)
    .where(
      and(
        isNull(holidayCalendar.deletedAt),
        scope,
        params.from ? gte(holidayCalendar.date, params.from) : undefined,
        params.to ? lte(holidayCalendar.date, params.to) : undefined,
      ),
    )
    .orderBy(asc(holidayCalendar.date));
}
