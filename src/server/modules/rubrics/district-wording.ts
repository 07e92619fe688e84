/**
 * "Cấp huyện" for one producer (OCOP.md §2, §4): the criteria of a sheet that speak of the
 * district, the province's reading, and the former district(s) of the producer's commune from
 * the unit history (its predecessors and the districts they belonged to).
 */
import type { DistrictWordingOutput } from '../../../contracts/rubrics.contracts';
import type { Database } from '../../../db/database';
import { findSuccessionLinks, findUnitsByIds } from '../../../db/repositories/admin-units.repository';
import type { AdminUnit } from '../../../domain/admin-units/admin-unit.types';
import { formerDistrictsOf } from '../../../domain/admin-units/former-districts';
import { kindFromFullName } from '../../../domain/admin-units/unit-names';
import {
  describeDistrictReading,
  findDistrictWordedCriteria,
  type DistrictReading,
} from '../../../domain/rubric/district-wording';
import type { RubricSheet } from '../../../domain/rubric/rubric.types';

/** The former district(s) of a commune, from its direct predecessors; [] for an unknown commune. */
export async function loadFormerDistricts(
  db: Database,
  communeId: string,
): Promise<{ commune: AdminUnit | undefined; formerDistricts: AdminUnit[] }> {
  const [commune] = await findUnitsByIds(db, [communeId]);
  if (!commune) return { commune: undefined, formerDistricts: [] };
  const predecessors = (await findSuccessionLinks(db, communeId)).predecessors.map((link) => link.unit);
  const parentIds = [
    ...new Set([commune, ...predecessors].flatMap((unit) => (unit.parentId ? [unit.parentId] : []))),
  ];
  const unitsById = new Map((await findUnitsByIds(db, parentIds)).map((unit) => [unit.id, unit]));
  return { commune, formerDistricts: formerDistrictsOf({ commune, predecessors, unitsById }) };
}

/** The district wording of a sheet for a producer's commune under a reading. */
export async function districtWordingFor(params: {
  db: Database;
  sheet: RubricSheet;
  communeId: string;
  reading: DistrictReading;
}): Promise<DistrictWordingOutput> {
  const { commune, formerDistricts } = await loadFormerDistricts(params.db, params.communeId);
  const named = (unit: AdminUnit) => ({
    name: unit.name,
    kind: unit.kind ?? kindFromFullName(unit.fullName, unit.name),
  });
  const text = describeDistrictReading({
    reading: params.reading,
    commune: commune ? named(commune) : null,
    formerDistricts: formerDistricts.map(named),
  });
  return {
    reading: params.reading,
    textVi: text.vi,
    textEn: text.en,
    formerDistricts: formerDistricts.map((d) => ({
      id: d.id,
      code: d.code,
      name: d.name,
      fullName: d.fullName,
    })),
    criteria: findDistrictWordedCriteria(params.sheet),
  };
}
