import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findHolidayById,
  markHolidayDeleted,
  type HolidayRow,
} from '../../../db/repositories/holidays.repository';
import { notFound } from '../../../domain/errors';

/** A day still in the calendar. Throws NOT_FOUND (unknown or removed). */
export async function getLiveHoliday(db: Database, id: string): Promise<HolidayRow> {
  const holiday = await findHolidayById(db, id);
  if (!holiday || holiday.deletedAt !== null) throw notFound('ngày nghỉ', 'Holiday');
  return holiday;
}

/**
 * Removes a day from the calendar: the row stays with who removed it and when, so the audit
 * trail and the built-in list both keep knowing about it. Throws NOT_FOUND (already removed).
 */
export async function deleteHoliday(params: {
  db: Database;
  audit: AuditContext;
  holiday: HolidayRow;
  accountId: string;
  now: Date;
}): Promise<HolidayRow> {
  const { holiday, now } = params;
  return params.db.transaction(async (tx) => {
    const row = await markHolidayDeleted(tx, { id: holiday.id, accountId: params.accountId, now });
    if (!row) throw notFound('ngày nghỉ', 'Holiday');
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'holiday.deleted',
        entityType: 'holiday_calendar',
        entityId: row.id,
        unitId: row.unitId,
        before: { date: row.date, kind: row.kind, nameVi: row.nameVi, unitId: row.unitId },
      },
      now,
    );
    return row;
  });
}
