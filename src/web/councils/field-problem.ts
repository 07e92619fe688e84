import { isApiError } from '../api/api-error';

/** The server's message for one field of a failed request, in the page language. */
export function fieldProblem(error: unknown, field: string, language: string): string | undefined {
  const problem = isApiError(error) ? error.fieldErrors.find((f) => f.field === field) : undefined;
  if (!problem) return undefined;
  return language === 'en' ? problem.messageEn || problem.message : problem.message || problem.messageEn;
}
