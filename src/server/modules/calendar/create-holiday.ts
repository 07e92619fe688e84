import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findHolidayOfScopeForUpdate,
  insertHoliday,
  listLiveNationalHolidaysOn,
  rewriteHoliday,
  type HolidayEntryValues,
  type HolidayRow,
} from '../../../db/repositories/holidays.repository';
import type { CreateHolidayInput } from '../../../contracts/calendar.contracts';
import { isWorkingDate, resolveWorkingDayCalendar } from '../../../domain/calendar/working-day-calendar';
import { DomainError } from '../../../domain/errors';
import { calendarEntryOf } from './holiday-calendar';
import type { HolidayScope } from './holiday-scope';

/** A working day in lieu (ngày làm việc bù) only makes sense on a day not worked yet in that scope. */
function alreadyWorkingDay(date: string): DomainError {
  const vi = `Ngày ${date} đã là ngày làm việc: ngày làm việc bù chỉ đặt cho thứ Bảy, Chủ nhật hoặc một ngày nghỉ toàn quốc.`;
  const en = `${date} is already a working day: a working day in lieu goes on a Saturday, a Sunday or a national day off.`;
  return new DomainError('CALENDAR_DAY_INVALID', vi, en, [
    { field: 'date', messageVi: 'Ngày này đã là ngày làm việc', messageEn: 'Already a working day' },
  ]);
}

/**
 * Adds a day off or a working day in lieu to the national calendar or to a province's. A day
 * removed earlier is restored with the new name and kind (its row was kept). Throws CONFLICT when
 * the day is already in that calendar, CALENDAR_DAY_INVALID when a working day in lieu falls on a
 * day that is already worked there (a plain weekday, a Saturday the nation already works).
 */
export async function createHoliday(params: {
  db: Database;
  audit: AuditContext;
  scope: HolidayScope;
  input: CreateHolidayInput;
  accountId: string;
  now: Date;
}): Promise<HolidayRow> {
  const { scope, input, now } = params;
  const values: HolidayEntryValues = {
    kind: input.kind,
    nameVi: input.nameVi,
    nameEn: input.nameEn ?? '',
    source: 'manual',
    isProvisional: false,
    createdBy: params.accountId,
    createdAt: now,
    deletedAt: null,
    deletedBy: null,
  };
  return params.db.transaction(async (tx) => {
    const existing = await findHolidayOfScopeForUpdate(tx, scope.unitId, input.date);
    if (existing && existing.deletedAt === null)
      throw new DomainError(
        'CONFLICT',
        `Ngày ${input.date} đã có trong lịch (${existing.nameVi}).`,
        `${input.date} is already in the calendar (${existing.nameEn || existing.nameVi}).`,
        [{ field: 'date', messageVi: 'Ngày này đã có trong lịch', messageEn: 'Already in the calendar' }],
      );
    if (input.kind === 'working-day') {
      // The same date above this scope: for a province, the national entry it would overrule.
      const above = scope.unitId === null ? [] : await listLiveNationalHolidaysOn(tx, input.date);
      if (isWorkingDate(input.date, resolveWorkingDayCalendar(above.map(calendarEntryOf))))
        throw alreadyWorkingDay(input.date);
    }
    const row = existing
      ? await rewriteHoliday(tx, existing.id, values)
      : await insertHoliday(tx, { ...values, unitId: scope.unitId, date: input.date });
    if (!row)
      throw new DomainError(
        'CONFLICT',
        'Lịch vừa được thay đổi, hãy thử lại.',
        'The calendar changed meanwhile; try again.',
      );
    await appendAudit(
      tx,
      params.audit,
      {
        action: existing ? 'holiday.restored' : 'holiday.created',
        entityType: 'holiday_calendar',
        entityId: row.id,
        unitId: scope.unitId,
        after: { date: row.date, kind: row.kind, nameVi: row.nameVi, unitId: scope.unitId },
      },
      now,
    );
    return row;
  });
}
