/**
 * The built-in rubric catalogue (versions shipped with the code). Database-published versions
 * are added by the server; these functions take the list to search so both can be combined.
 */
import { DomainError } from '../../errors';
import type { RubricSheet, RubricVersion } from '../rubric.types';
import { RUBRIC_148 } from './148/rubric-148';

export const BUILT_IN_RUBRIC_VERSIONS: readonly RubricVersion[] = [RUBRIC_148];

/** Summary row for listings. */
export interface RubricVersionSummary {
  id: string;
  nameVi: string;
  nameEn: string;
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  status: RubricVersion['status'];
  sets: { setNumber: number; setNameVi: string; setNameEn: string }[];
}

/** Lists versions (built-in by default) with their sets, oldest first. Pure. */
export function listRubricVersions(
  versions: readonly RubricVersion[] = BUILT_IN_RUBRIC_VERSIONS,
): RubricVersionSummary[] {
  return [...versions]
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    .map((v) => ({
      id: v.id,
      nameVi: v.nameVi,
      nameEn: v.nameEn,
      legalBasis: `${v.legalBasis.number} (${v.legalBasis.date}), ${v.legalBasis.appendix}`,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo,
      status: v.status,
      sets: v.sheets.map((s) => ({ setNumber: s.setNumber, setNameVi: s.setNameVi, setNameEn: s.setNameEn })),
    }));
}

/** Finds a version by id; undefined when absent. */
export function findRubricVersion(
  id: string,
  versions: readonly RubricVersion[] = BUILT_IN_RUBRIC_VERSIONS,
): RubricVersion | undefined {
  return versions.find((v) => v.id === id);
}

/**
 * The sheet of one product set in one version.
 * @throws DomainError NOT_FOUND when the version or the set does not exist.
 */
export function getRubricSheet(
  versionId: string,
  setNumber: number,
  versions: readonly RubricVersion[] = BUILT_IN_RUBRIC_VERSIONS,
): RubricSheet {
  const version = findRubricVersion(versionId, versions);
  const sheet = version?.sheets.find((s) => s.setNumber === setNumber);
  if (!sheet)
    throw new DomainError(
      'NOT_FOUND',
      `Không tìm thấy bộ tiêu chí ${versionId}, bộ sản phẩm số ${setNumber}.`,
      `Rubric ${versionId}, product set ${setNumber} not found.`,
    );
  return sheet;
}

/**
 * The published version in force on a date (ISO YYYY-MM-DD), the latest start winning when
 * several overlap; undefined when none.
 */
export function findRubricVersionInForce(
  date: string,
  versions: readonly RubricVersion[] = BUILT_IN_RUBRIC_VERSIONS,
): RubricVersion | undefined {
  return [...versions]
    .filter(
      (v) =>
        v.status === 'published' &&
        v.effectiveFrom <= date &&
        (v.effectiveTo === null || date <= v.effectiveTo),
    )
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}
