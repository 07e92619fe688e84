import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { holidayCalendar } from '../../../db/schema';
import type { CreateHolidayInput } from '../../../contracts/calendar.contracts';
import { DomainError } from '../../../domain/errors';
import type { HolidayScope } from './holiday-scope';

/**
 * Adds a day off to the national calendar or to a province's. A day removed earlier is restored
 * with the new name (its row was kept). Throws CONFLICT when the day is already in that calendar.
 */
export async function createHoliday(params: { db: Database; audit: AuditContext; scope: HolidayScope; input: CreateHolidayInput; accountId: string; now: Date }) {
  const { scope, input, now } = params;
  const values = { nameVi: input.nameVi, nameEn: input.nameEn ?? '', source: 'manual' as const, isProvisional: false, createdBy: params.accountId, createdAt: now, deletedAt: null, deletedBy: null };
  return params.db.transaction(async (tx) => {
    const sameScope = scope.unitId === null ? isNull(holidayCalendar.unitId) : eq(holidayCalendar.unitId, scope.unitId);
    const [existing] = await tx.select().from(holidayCalendar).where(and(sameScope, eq(holidayCalendar.date, input.date))).for('update');
    if (existing && existing.deletedAt === null)
      throw new DomainError('CONFLICT', `Ngày ${input.date} đã có trong lịch (${existing.nameVi}).`, `${input.date} is already in the calendar (${existing.nameEn || existing.nameVi}).`, [
        { field: 'date', messageVi: 'Ngày này đã có trong lịch', messageEn: 'Already in the calendar' },
      ]);
    const [row] = existing
      ? await tx.update(holidayCalendar).set(values).where(eq(holidayCalendar.id, existing.id)).returning()
      : await tx.insert(holidayCalendar).values({ ...values, unitId: scope.unitId, date: input.date }).returning();
    if (!row) throw new DomainError('CONFLICT', 'Lịch vừa được thay đổi, hãy thử lại.', 'The calendar changed meanwhile; try again.');
    await appendAudit(tx, params.audit, { action: existing ? 'holiday.restored' : 'holiday.created', entityType: 'holiday_calendar', entityId: row.id, unitId: scope.unitId, after: { date: row.date, nameVi: row.nameVi, unitId: scope.unitId } }, now);
    return row;
  });
}
