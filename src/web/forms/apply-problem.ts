import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { isApiError } from '../api/api-error';

/**
 * Puts the server's per-field problems (`errors[].field`, e.g. `email` or `grants.0.role`) onto
 * the form's fields, in the page language. `aliases` maps a server field prefix to a form field
 * when they differ. Returns true when at least one problem landed on a field (it gets focus).
 */
export function applyProblemToForm<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly FieldPath<T>[],
  language: string,
  aliases: Readonly<Record<string, FieldPath<T>>> = {},
): boolean {
  if (!isApiError(error)) return false;
  const matches = (name: string, field: string) => field === name || field.startsWith(`${name}.`);
  let isAnyApplied = false;
  for (const problem of error.fieldErrors) {
    const alias = Object.keys(aliases).find((name) => matches(name, problem.field));
    const field = alias ? aliases[alias] : fields.find((name) => matches(name, problem.field));
    if (!field) continue;
    const message =
      language === 'en' ? problem.messageEn || problem.message : problem.message || problem.messageEn;
    setError(field, { type: 'server', message }, { shouldFocus: !isAnyApplied });
    isAnyApplied = true;
  }
  return isAnyApplied;
}
