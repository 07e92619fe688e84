/**
 * The built-in rubric catalogue (versions shipped with the code). Database-published versions
 * are added by the server; these functions take the list to search so both can be combined.
 */
import { DomainError } from '../../errors';
import type { RubricSheet, RubricVersion } from '../rubric.types';
import { HISTORICAL_RUBRIC_VERSIONS } from './1048/rubric-1048';
import { RUBRIC_148 } from './148/rubric-148';

export const BUILT_IN_RUBRIC_VERSIONS: readonly RubricVersion[] = [RUBRIC_148];

/**
 * What the catalogue listing shows: the scorable built-in versions plus the history-only ones
 * (1048, no sheets). Scoring code uses `BUILT_IN_RUBRIC_VERSIONS`, never this list.
 */
export const LISTED_RUBRIC_VERSIONS: readonly RubricVersion[] =
  /* @__PURE__ */ HISTORICAL_RUBRIC_VERSIONS.concat(BUILT_IN_RUBRIC_VERSIONS);

/** Why a version cannot be scored with, in both languages; undefined when it can. */
export function historyOnlyNoteOf(version: RubricVersion): { vi: string; en: string } | undefined {
  if (version.sheets.length > 0) return undefined;
  return {
    vi: 'Chỉ để tra cứu lịch sử: không có phiếu chấm, không dùng để chấm điểm.',
    en: 'History only: no scoring sheets, cannot be used to score.',
  };
}

/** Summary row for listings. */
export interface RubricVersionSummary {
  id: string;
  nameVi: string;
  nameEn: string;
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  status: RubricVersion['status'];
  /** False for a history-only version (1048): listed for its legal basis, never scored. */
  isScorable: boolean;
  /** Set when not scorable: says so in both languages. */
  historyNoteVi: string | null;
  historyNoteEn: string | null;
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
      isScorable: v.sheets.length > 0,
      historyNoteVi: historyOnlyNoteOf(v)?.vi ?? null,
      historyNoteEn: historyOnlyNoteOf(v)?.en ?? null,
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
