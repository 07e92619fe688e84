import { DomainError } from '../../errors';
import { parseRubricImport } from '../rubric-import.schema';
import type { RubricVersion } from '../rubric.types';

/**
 * Reads a built-in rubric version from its data files (already parsed JSON: the version without
 * its sheets, and the sheets) through the import's
 * own check, `parseRubricImport` (shape, dates, unique sets, every sheet's arithmetic), and adds
 * what the built-in catalogue promises beyond an import: every sheet states its verification and
 * every recorded decision carries its Vietnamese texts.
 * @throws DomainError RUBRIC_INVALID naming the faulty field or node, so a broken file stops the
 *   process that loads it instead of scoring against it.
 */
export function loadBuiltInRubricVersion(header: object, sheets: readonly unknown[]): RubricVersion {
  const { version } = parseRubricImport({ ...header, sheets });
  const problems = version.sheets.flatMap((sheet) => [
    ...(sheet.verification ? [] : [`set ${sheet.setNumber}: verification is missing`]),
    ...sheet.decisions
      .filter((d) => !d.chosenVi || !d.reasonVi)
      .map((d) => `set ${sheet.setNumber} / ${d.nodeCode}: decision without chosenVi or reasonVi`),
  ]);
  if (problems.length > 0)
    throw new DomainError(
      'RUBRIC_INVALID',
      `Bộ tiêu chí có sẵn ${version.id} không hợp lệ: ${problems[0]!}`,
      `Built-in rubric ${version.id} is invalid: ${problems[0]!}`,
      problems.map((p) => ({ field: p.split(':')[0]!, messageVi: p, messageEn: p })),
    );
  return version;
}
