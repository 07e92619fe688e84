import { z } from 'zod';
import { DomainError, type FieldProblem } from '../errors';

/** At most this many problems are listed; a broken file would otherwise print thousands. */
export const MAX_LISTED_PROBLEMS = 50;

const vietnameseZod = z.locales.vi();

/** Writes a path inside a JSON document as `[0].Wards[12].Code`. */
export function formatPlace(path: readonly PropertyKey[]): string {
  let place = '';
  for (const part of path) {
    if (typeof part === 'number') place += `[${part}]`;
    else place += place.length === 0 ? String(part) : `.${String(part)}`;
  }
  return place.length > 0 ? place : '(file)';
}

/** The zod issues of a failed parse as field problems, Vietnamese and English. */
export function problemsFromZod(error: z.ZodError): FieldProblem[] {
  return error.issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => {
    const localized = vietnameseZod.localeError(issue as never);
    const messageVi = typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
    return { field: formatPlace(issue.path), messageVi, messageEn: issue.message };
  });
}

/**
 * The error of a bad import file: `IMPORT_INVALID`, naming each place. Thrown before anything is
 * written, so a bad file changes nothing.
 */
export function importInvalid(
  problems: readonly FieldProblem[],
  what?: { vi: string; en: string },
): DomainError {
  const first = problems[0];
  const where = first ? ` ${first.field}: ${first.messageEn}` : '';
  const whereVi = first ? ` ${first.field}: ${first.messageVi}` : '';
  const more = problems.length > 1 ? ` (+${problems.length - 1})` : '';
  return new DomainError(
    'IMPORT_INVALID',
    `${what?.vi ?? 'Tệp nhập không hợp lệ, không có gì được thay đổi.'}${whereVi}${more}`,
    `${what?.en ?? 'The import file is invalid; nothing was changed.'}${where}${more}`,
    problems.slice(0, MAX_LISTED_PROBLEMS),
  );
}

/** Parses JSON text, or throws `IMPORT_INVALID` quoting the parser's complaint. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw importInvalid([
      {
        field: '(file)',
        messageVi: `Không phải JSON hợp lệ: ${reason}`,
        messageEn: `Not valid JSON: ${reason}`,
      },
    ]);
  }
}
