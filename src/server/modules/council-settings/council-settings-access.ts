import type { Database } from '../../../db/database';
import { findUnitById } from '../../../db/repositories/admin-units.repository';
import { can, canAnywhere, type Actor } from '../../../domain/access/permissions';
import { isWithinUnit } from '../../../domain/access/unit-path';
import { DomainError, forbidden, notFound } from '../../../domain/errors';

export interface ProvinceRef {
  id: string;
  name: string;
  path: string;
}

/**
 * Who may change a province's council settings: an administrator over it, or the standing office
 * of the province itself (not the central office: the council regulation is the province's own).
 */
export function canManageCouncilSettings(actor: Actor, province: { path: string }): boolean {
  if (!can(actor, 'council-settings.manage', { unitPath: province.path })) return false;
  return actor.grants.some((grant) =>
    grant.role === 'admin'
      ? isWithinUnit(province.path, grant.unitPath)
      : grant.role === 'standing_office' && isWithinUnit(grant.unitPath, province.path),
  );
}

/** Who may read them: the province's councils and standing office, the central office, admins. */
export function canReadCouncilSettings(actor: Actor, province: { path: string }): boolean {
  return (
    can(actor, 'council.read', { unitPath: province.path }) ||
    can(actor, 'council-settings.manage', { unitPath: province.path })
  );
}

/**
 * The province of the path parameter as the actor may read it.
 * @throws NOT_FOUND unknown, or outside the actor's jurisdiction; FORBIDDEN without any council
 * role; VALIDATION_FAILED not a province
 */
export async function readableProvince(db: Database, actor: Actor, provinceId: string): Promise<ProvinceRef> {
  if (!canAnywhere(actor, 'council.read') && !canAnywhere(actor, 'council-settings.manage'))
    throw forbidden();
  const unit = await findUnitById(db, provinceId);
  if (!unit || !canReadCouncilSettings(actor, unit)) throw notFound('tỉnh', 'Province');
  if (unit.level !== 'province') {
    const vi = 'Quy chế hội đồng chỉ đặt cho tỉnh, thành phố.';
    const en = 'Council settings are set for a province only.';
    throw new DomainError('VALIDATION_FAILED', vi, en, [
      { field: 'provinceId', messageVi: vi, messageEn: en },
    ]);
  }
  return { id: unit.id, name: unit.fullName, path: unit.path };
}
