/**
 * The one error type of the domain. Every failure a user can cause has a stable `code` from
 * {@link ERROR_CODES}; the server maps each code to an HTTP status in one place
 * (`src/server/plugins/errors.plugin.ts`). Domain code never throws HTTP errors.
 */
export const ERROR_CODES = [
  /** Input failed validation; `details` lists the fields. */
  'VALIDATION_FAILED',
  /** No valid session or token. */
  'UNAUTHENTICATED',
  /** Signed in, but the actor's grants do not cover this action on this unit. */
  'FORBIDDEN',
  /** The referenced record does not exist (or is invisible to the actor). */
  'NOT_FOUND',
  /** The record changed since the caller read it, or a unique value is taken. */
  'CONFLICT',
  /** An action that the current status of a record does not allow. */
  'INVALID_TRANSITION',
  /** Wrong username or password. */
  'INVALID_CREDENTIALS',
  /** The account was disabled by an administrator. */
  'ACCOUNT_DISABLED',
  /** Cookie-authenticated write without a matching CSRF token. */
  'CSRF_FAILED',
  /**
   * Too many requests from one client in a short time, or too many failed sign-ins for one account
   * from one network (no account is ever locked; the answer says when to try again).
   */
  'RATE_LIMITED',
  /** The request body is larger than allowed. */
  'PAYLOAD_TOO_LARGE',
  /** An uploaded or imported file is not of an accepted type. */
  'UNSUPPORTED_MEDIA_TYPE',
  /** An import file could not be read or is inconsistent; nothing was changed. */
  'IMPORT_INVALID',
  /** A rubric (criteria sheet) fails its integrity checks. */
  'RUBRIC_INVALID',
  /** A score sheet does not answer the rubric correctly. */
  'SCORE_SHEET_INVALID',
  /** A round cannot be adopted: a product breaks quorum or the 10-point rule (`extra.blockers`). */
  'ADOPTION_BLOCKED',
  /** A rule refuses the action unless an explicit, audited override with a reason is given. */
  'OVERRIDE_REQUIRED',
  /** A calendar entry contradicts the calendar (e.g. a working day in lieu on a day already worked). */
  'CALENDAR_DAY_INVALID',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field, path as dotted string (`grants.0.unitId`). */
export interface FieldProblem {
  field: string;
  messageVi: string;
  messageEn: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly details: readonly FieldProblem[] | undefined;
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    messageVi: string,
    messageEn: string,
    details?: readonly FieldProblem[],
    extra?: Record<string, unknown>,
  ) {
    super(messageEn);
    this.name = 'DomainError';
    this.code = code;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
    this.details = details;
    this.extra = extra;
  }
}

/** Shorthand for the common "record not found" error. */
export function notFound(entityVi: string, entityEn: string): DomainError {
  return new DomainError('NOT_FOUND', `Không tìm thấy ${entityVi}.`, `${entityEn} not found.`);
}

/**
 * The write lost a race: someone else changed the record since the caller read it (optimistic
 * concurrency on `version`, or `revision` for reports). The client reloads and tries again.
 */
export function staleVersion(entityVi: string, entityEn: string, field = 'version'): DomainError {
  return new DomainError(
    'CONFLICT',
    `${entityVi} vừa được người khác thay đổi. Hãy tải lại và thử lại.`,
    `Someone else changed this ${entityEn}. Reload and try again.`,
    [{ field, messageVi: 'Phiên bản đã cũ', messageEn: 'Stale version' }],
  );
}

/** Shorthand for the common "not allowed" error. */
export function forbidden(): DomainError {
  return new DomainError(
    'FORBIDDEN',
    'Bạn không có quyền thực hiện thao tác này tại đơn vị này.',
    'You are not allowed to do this in this unit.',
  );
}
