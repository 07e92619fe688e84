import type {
  RubricVersionDetailOutput,
  RubricVersionSummaryOutput,
} from '../../../contracts/rubrics.contracts';
import type { Database } from '../../../db/database';
import {
  listStoredRubricVersions,
  toRubricVersion,
  type RubricVersionRow,
} from '../../../db/repositories/rubrics.repository';
import { notFound } from '../../../domain/errors';
import {
  BUILT_IN_RUBRIC_VERSIONS,
  LISTED_RUBRIC_VERSIONS,
  listRubricVersions,
} from '../../../domain/rubric/catalogue/rubric-catalogue';
import { checkRubricIntegrity } from '../../../domain/rubric/rubric-integrity';
import type { RubricVersion } from '../../../domain/rubric/rubric.types';

/** A rubric version with where it came from (code or database). */
export interface LoadedRubricVersion {
  version: RubricVersion;
  row: RubricVersionRow | undefined;
}

/**
 * Every rubric version: the built-in catalogue plus the stored ones. Drafts are included only
 * when `includeDrafts` (administrators); everyone else sees published law only.
 */
export async function loadRubricVersions(
  db: Database,
  includeDrafts: boolean,
): Promise<LoadedRubricVersion[]> {
  const stored = await listStoredRubricVersions(db);
  return [
    ...BUILT_IN_RUBRIC_VERSIONS.map((version) => ({ version, row: undefined })),
    ...stored
      .filter((row) => includeDrafts || row.status === 'published')
      .map((row) => ({ version: toRubricVersion(row), row })),
  ].sort((a, b) => a.version.effectiveFrom.localeCompare(b.version.effectiveFrom));
}

/**
 * What the catalogue shows: every version of `loadRubricVersions` plus the history-only ones
 * (1048, no sheets, `isScorable: false`). Never used to pick a version to score with.
 */
export async function loadListedRubricVersions(
  db: Database,
  includeDrafts: boolean,
): Promise<LoadedRubricVersion[]> {
  const history = LISTED_RUBRIC_VERSIONS.filter((v) => !BUILT_IN_RUBRIC_VERSIONS.includes(v));
  return [
    ...history.map((version) => ({ version, row: undefined })),
    ...(await loadRubricVersions(db, includeDrafts)),
  ].sort((a, b) => a.version.effectiveFrom.localeCompare(b.version.effectiveFrom));
}

/** One version by key, history-only ones included. Throws NOT_FOUND (also for a draft the caller may not see). */
export async function getRubricVersion(
  db: Database,
  key: string,
  includeDrafts: boolean,
): Promise<LoadedRubricVersion> {
  const found = (await loadListedRubricVersions(db, includeDrafts)).find((v) => v.version.id === key);
  if (!found) throw notFound(`bộ tiêu chí ${key}`, `Rubric version ${key}`);
  return found;
}

/** Shapes a version for listings. */
export function presentRubricSummary(loaded: LoadedRubricVersion): RubricVersionSummaryOutput {
  const [summary] = listRubricVersions([loaded.version]);
  return {
    ...summary!,
    source: loaded.row ? 'imported' : 'built-in',
    importedAt: loaded.row?.importedAt.toISOString() ?? null,
    publishedAt: loaded.row?.publishedAt?.toISOString() ?? null,
  };
}

/** A version with the integrity report of each of its sheets. */
export function presentRubricDetail(loaded: LoadedRubricVersion): RubricVersionDetailOutput {
  const { version } = loaded;
  return {
    ...presentRubricSummary(loaded),
    integrity: version.sheets.map((sheet) => {
      const report = checkRubricIntegrity(sheet, { partMaxima: version.partMaxima });
      return { ...report, decisions: [...report.decisions] };
    }),
  };
}
