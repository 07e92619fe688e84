import type { Database } from '../../../db/database';
import { findNationUnit, findUnitById } from '../../../db/repositories/admin-units.repository';
import { DomainError, notFound } from '../../../domain/errors';

/** Where a calendar entry applies: the nation (`unitId` null) or one province. */
export interface HolidayScope {
  unitId: string | null;
  unitPath: string;
  unitName: string | null;
}

const unitProblem = (messageVi: string, messageEn: string) =>
  new DomainError('VALIDATION_FAILED', messageVi, messageEn, [{ field: 'unitId', messageVi, messageEn }]);

/**
 * Resolves the scope of a calendar entry. The nation unit itself counts as national; any other
 * unit must be a province (a commune or district has no calendar of its own).
 * Throws NOT_FOUND (unknown unit), VALIDATION_FAILED (not a province).
 */
export async function resolveHolidayScope(db: Database, unitId: string | null): Promise<HolidayScope> {
  if (unitId !== null) {
    const unit = await findUnitById(db, unitId);
    if (!unit) throw notFound('đơn vị hành chính', 'Administrative unit');
    if (unit.level === 'province') return { unitId: unit.id, unitPath: unit.path, unitName: unit.fullName };
    if (unit.level !== 'nation')
      throw unitProblem(
        'Lịch nghỉ riêng chỉ đặt cho tỉnh, thành phố.',
        'A calendar of its own is kept for a province only.',
      );
  }
  const nation = await findNationUnit(db);
  if (!nation)
    throw unitProblem('Chưa có đơn vị cấp quốc gia trong hệ thống.', 'The nation unit does not exist yet.');
  return { unitId: null, unitPath: nation.path, unitName: null };
}
