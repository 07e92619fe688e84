import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { holidayCalendar } from '../../../db/schema';
import { notFound } from '../../../domain/errors';
import type { HolidayRow } from './holiday-calendar';

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
}) {
  const { holiday, now } = params;
  return params.db.transaction(async (tx) => {
    const [row] = await tx
      .update(holidayCalendar)
      .set({ deletedAt: now, deletedBy: params.accountId })
      .where(and(eq(holidayCalendar.id, holiday.id), isNull(holidayCalendar.deletedAt)))
      .returning();
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
