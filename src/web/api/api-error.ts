import type { ProblemOutput } from '../../contracts/problem.contracts';

export type FieldProblem = NonNullable<ProblemOutput['errors']>[number];

/**
 * An error answered by the API as application/problem+json (RFC 9457), or a network failure
 * (status 0, code NETWORK_ERROR). Carries both the Vietnamese and the English message.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly detailEn: string;
  readonly fieldErrors: readonly FieldProblem[];

  constructor(problem: Pick<ProblemOutput, 'status' | 'code' | 'detail' | 'detailEn' | 'errors'>) {
    super(problem.detailEn || problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.detailEn = problem.detailEn;
    this.fieldErrors = problem.errors ?? [];
  }

  /** The message in the language the user reads. */
  messageIn(language: string): string {
    return language.startsWith('en') ? this.detailEn || this.detail : this.detail || this.detailEn;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** True for errors that mean "not signed in" — the caller should go to the login page. */
export function isUnauthenticated(error: unknown): boolean {
  return isApiError(error) && error.status === 401;
}
