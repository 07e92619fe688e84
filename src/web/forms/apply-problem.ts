import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { isApiError } from '../api/api-error';

/**
 * Puts the server's per-field problems (`errors[].field`) onto the form's fields, in the page
 * language. Returns true when at least one problem landed on a field (the first one gets focus).
 */
export function applyProblemToForm<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly FieldPath<T>[],
  language: string,
): boolean {
  if (!isApiError(error)) return false;
  let isAnyApplied = false;
  for (const problem of error.fieldErrors) {
    const field = fields.find((name) => name === problem.field || problem.field.startsWith(`${name}.`));
    if (!field) continue;
    const message = language === 'en' ? problem.messageEn || problem.message : problem.message || problem.messageEn;
    setError(field, { type: 'server', message }, { shouldFocus: !isAnyApplied });
    isAnyApplied = true;
  }
  return isAnyApplied;
}
