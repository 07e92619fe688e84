import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../domain/rubric/canonical-json';
import type { RubricSheet, RubricVersion } from '../../../domain/rubric/rubric.types';

/**
 * The content hash of a rubric sheet: sha256 (hex) of its canonical JSON. Equal for the sheet in
 * its data file, in an imported version and in memory, so a dossier that records it can tell
 * whether the sheet it was read against has changed since.
 */
export function rubricSheetContentHash(sheet: RubricSheet): string {
  return createHash('sha256').update(canonicalJson(sheet)).digest('hex');
}

/** Every sheet's hash of a version, as stored in `rubric_sheet_hashes`. */
export function rubricVersionContentHashes(
  version: RubricVersion,
): { versionKey: string; setNumber: number; contentHash: string }[] {
  return version.sheets.map((sheet) => ({
    versionKey: version.id,
    setNumber: sheet.setNumber,
    contentHash: rubricSheetContentHash(sheet),
  }));
}
