import { BUILT_IN_RUBRIC_VERSIONS, findRubricVersionInForce } from '../rubric/catalogue/rubric-catalogue';
import type { RubricVersion } from '../rubric/rubric.types';

/**
 * The product sets a new or edited product may be filed under on `today`: those of the rubric
 * version in force (26 sets under Decision 148). Falls back to the latest published version when
 * none is in force, so a gap in effective dates never blocks registration.
 */
export function productSetsInForce(
  today: string,
  versions: readonly RubricVersion[] = BUILT_IN_RUBRIC_VERSIONS,
): { setNumber: number; nameVi: string; nameEn: string }[] {
  const version =
    findRubricVersionInForce(today, versions) ??
    [...versions]
      .filter((v) => v.status === 'published')
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  return (version?.sheets ?? []).map((sheet) => ({
    setNumber: sheet.setNumber,
    nameVi: sheet.setNameVi,
    nameEn: sheet.setNameEn,
  }));
}

/** True when `setNumber` is a product set of the taxonomy in force on `today`. */
export function isKnownProductSet(
  setNumber: number,
  today: string,
  versions: readonly RubricVersion[] = BUILT_IN_RUBRIC_VERSIONS,
): boolean {
  return productSetsInForce(today, versions).some((set) => set.setNumber === setNumber);
}
