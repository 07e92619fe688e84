import type { UnitView } from '../../../contracts/units.contracts';
import type { AdminUnit } from '../../../domain/admin-units/admin-unit.types';

/** A stored unit as the API shows it. */
export function presentUnit(unit: AdminUnit): UnitView {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    fullName: unit.fullName,
    nameEn: unit.nameEn,
    level: unit.level,
    kind: unit.kind,
    parentId: unit.parentId,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
  };
}
