/**
 * Reads of the stored holiday calendar (lịch ngày nghỉ, ngày làm việc bù). The built-in national list of
 * `domain/calendar/vietnam-holidays` is written on first use; days an administrator removed keep
 * their row, so the built-in list never brings them back.
 */
import type { Database } from '../../../db/database';
import { appendAudit, SYSTEM_AUDIT_CONTEXT } from '../../../db/repositories/audit.repository';
import {
  hasNationalHolidayOnAny,
  insertBuiltInHolidays,
  listLiveHolidaysOfUnits,
  type HolidayRow,
} from '../../../db/repositories/holidays.repository';
import { VIETNAM_PUBLIC_HOLIDAYS_2025_2027 } from '../../../domain/calendar/vietnam-holidays';
import {
  resolveWorkingDayCalendar,
  type CalendarEntry,
  type WorkingDayCalendar,
} from '../../../domain/calendar/working-day-calendar';
import { pathIds } from '../../../domain/access/unit-path';

export type { HolidayRow } from '../../../db/repositories/holidays.repository';

/** Writes the built-in national days that were never stored (idempotent, safe to race). */
export async function ensureBuiltInHolidays(db: Database, now: Date): Promise<void> {
  const isSeeded = await hasNationalHolidayOnAny(
    db,
    VIETNAM_PUBLIC_HOLIDAYS_2025_2027.map((h) => h.date),
  );
  if (isSeeded) return;
  await db.transaction(async (tx) => {
    const inserted = await insertBuiltInHolidays(tx, VIETNAM_PUBLIC_HOLIDAYS_2025_2027, now);
    if (inserted > 0)
      await appendAudit(
        tx,
        SYSTEM_AUDIT_CONTEXT,
        {
          action: 'holiday.built-in-seeded',
          entityType: 'holiday_calendar',
          entityId: 'VN-2025-2027',
          unitId: null,
          after: { count: inserted },
        },
        now,
      );
  });
}

/**
 * The live days of the nation and, when `unitPath` is given, of every unit on that path (a
 * province's own days apply to its communes and councils), optionally between two dates.
 */
export async function listLiveHolidays(
  db: Database,
  params: { unitPath?: string | undefined; from?: string; to?: string },
): Promise<HolidayRow[]> {
  return listLiveHolidaysOfUnits(db, {
    unitIds: params.unitPath ? pathIds(params.unitPath) : [],
    from: params.from,
    to: params.to,
  });
}

/** A stored row as the working-day resolution sees it (national when `unitId` is null). */
export function calendarEntryOf(row: HolidayRow): CalendarEntry {
  return { date: row.date, kind: row.kind, level: row.unitId === null ? 'national' : 'province' };
}

/**
 * The working-day calendar of a unit: national days and days in lieu, overruled by its
 * province's own — what both the council meeting notice and the dossier deadlines count with.
 */
export async function loadWorkingDayCalendar(
  db: Database,
  unitPath: string,
  now: Date,
): Promise<WorkingDayCalendar> {
  await ensureBuiltInHolidays(db, now);
  return resolveWorkingDayCalendar((await listLiveHolidays(db, { unitPath })).map(calendarEntryOf));
}
