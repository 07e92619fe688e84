import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, type ErrorCode, type FieldProblem } from '../../domain/errors';
import type { ProblemOutput } from '../../contracts/problem.contracts';

/** The one map from domain error code to HTTP status. */
export const HTTP_STATUS_BY_CODE = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  ACCOUNT_DISABLED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IMPORT_INVALID: 422,
  RUBRIC_INVALID: 422,
  SCORE_SHEET_INVALID: 422,
  ADOPTION_BLOCKED: 409,
  OVERRIDE_REQUIRED: 422,
  CALENDAR_DAY_INVALID: 422,
  RATE_LIMITED: 429,
} as const satisfies Record<ErrorCode, number>;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const vietnameseZod = z.locales.vi();

interface ValidationEntry {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function fieldProblems(validation: readonly ValidationEntry[], context: string | undefined): FieldProblem[] {
  return validation.map((entry) => {
    const path = entry.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const prefix = context && context !== 'body' ? `${context}.` : '';
    const issue = { ...entry.params, code: entry.keyword, path: path.split('.'), message: entry.message };
    const localized = vietnameseZod.localeError(issue as never);
    const messageVi = typeof localized === 'string' ? localized : (localized?.message ?? entry.message ?? '');
    return { field: `${prefix}${path}` || context || 'body', messageVi, messageEn: entry.message ?? '' };
  });
}

/** Sends an RFC 9457 problem+json response. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  messageVi: string,
  messageEn: string,
  details?: readonly FieldProblem[],
  extra?: Record<string, unknown>,
): FastifyReply {
  const body: ProblemOutput & Record<string, unknown> = {
    type: `https://ocop.gov.vn/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail: messageVi,
    detailEn: messageEn,
    instance: request.url,
    requestId: request.id,
  };
  // Extra members may add detail but never replace the standard ones (status, code, …).
  for (const [key, value] of Object.entries(extra ?? {})) if (!(key in body)) body[key] = value;
  if (details && details.length > 0) {
    body.errors = details.map((d) => ({ field: d.field, message: d.messageVi, messageEn: d.messageEn }));
  }
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}

function fromFastifyError(error: FastifyError): { status: number; code: string; vi: string; en: string } {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        vi: 'Nội dung gửi lên quá lớn.',
        en: 'Request body is too large.',
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        vi: 'Kiểu nội dung không được hỗ trợ; hãy gửi JSON.',
        en: 'Unsupported content type; send JSON.',
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        status: 400,
        code: 'VALIDATION_FAILED',
        vi: 'Thiếu nội dung JSON.',
        en: 'The JSON body is empty.',
      };
    default:
      break;
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return {
      status: 400,
      code: 'MALFORMED_JSON',
      vi: 'Nội dung JSON không hợp lệ.',
      en: 'Malformed JSON body.',
    };
  }
  const status = error.statusCode ?? 500;
  if (status === 429) {
    return {
      status,
      code: 'RATE_LIMITED',
      vi: 'Quá nhiều yêu cầu, hãy thử lại sau.',
      en: 'Too many requests; try again later.',
    };
  }
  if (status >= 400 && status < 500) {
    return { status, code: error.code ?? 'BAD_REQUEST', vi: 'Yêu cầu không hợp lệ.', en: error.message };
  }
  return {
    status: 500,
    code: 'INTERNAL_ERROR',
    vi: 'Lỗi hệ thống. Vui lòng thử lại.',
    en: 'Internal error. Please try again.',
  };
}

/**
 * The SQLSTATE of a database error (node-postgres and PGlite both set `code`), raised directly or
 * wrapped by Drizzle (`cause`); undefined for any other error.
 */
export function sqlStateOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

interface DatabaseProblem {
  status: 400 | 409;
  code: 'VALIDATION_FAILED' | 'CONFLICT';
  vi: string;
  en: string;
}

/**
 * What a database refusal means for the caller. Class 22 (data exception: a value too long, out of
 * range, malformed, with a NUL…) and not-null/check violations are bad input the contracts should
 * have caught: a missed case still answers 400, never 500. Unique and foreign-key violations are
 * conflicts with other records; a deadlock or serialization failure rolled the write back, and the
 * caller may simply try again.
 */
export function databaseProblemOf(sqlState: string): DatabaseProblem | undefined {
  if (sqlState === '23505') {
    return {
      status: 409,
      code: 'CONFLICT',
      vi: 'Dữ liệu trùng với một bản ghi đã có, hoặc vừa bị thay đổi đồng thời.',
      en: 'This duplicates an existing record or was changed concurrently.',
    };
  }
  if (sqlState === '23503') {
    return {
      status: 409,
      code: 'CONFLICT',
      vi: 'Dữ liệu tham chiếu tới một bản ghi không còn tồn tại, hoặc bản ghi đang được dùng ở nơi khác.',
      en: 'This refers to a record that no longer exists, or the record is still in use.',
    };
  }
  if (sqlState === '40P01' || sqlState === '40001') {
    return {
      status: 409,
      code: 'CONFLICT',
      vi: 'Dữ liệu đang được cập nhật cùng lúc ở nơi khác; chưa có gì thay đổi. Hãy thử lại.',
      en: 'The data was being changed elsewhere at the same moment; nothing changed. Try again.',
    };
  }
  if (sqlState.startsWith('22') || sqlState === '23502' || sqlState === '23514') {
    return {
      status: 400,
      code: 'VALIDATION_FAILED',
      vi: 'Dữ liệu không hợp lệ: có giá trị quá dài, quá lớn, thiếu, sai định dạng hoặc chứa ký tự không được phép.',
      en: 'Invalid input: a value is too long, out of range, missing, malformed or holds a character that is not allowed.',
    };
  }
  return undefined;
}

/**
 * Fastify's `frameworkErrors` option: the errors raised while routing, before any hook runs (an
 * address that is not valid percent-encoding, a path parameter over the length limit), answered as
 * problem+json like every other error.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    sendProblem(
      request,
      reply,
      414,
      'URI_TOO_LONG',
      'Địa chỉ có tham số quá dài.',
      'A path parameter is too long.',
    );
    return;
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    const vi = 'Địa chỉ không hợp lệ (mã hóa phần trăm sai).';
    sendProblem(request, reply, 400, 'MALFORMED_URL', vi, 'The address is not valid percent-encoding.');
    return;
  }
  request.log.error({ err: error }, 'routing error');
  sendProblem(
    request,
    reply,
    500,
    'INTERNAL_ERROR',
    'Lỗi hệ thống. Vui lòng thử lại.',
    'Internal error. Please try again.',
  );
}

/** Turns every error into problem+json; nothing leaks a stack trace. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      const status = HTTP_STATUS_BY_CODE[error.code];
      return sendProblem(
        request,
        reply,
        status,
        error.code,
        error.messageVi,
        error.messageEn,
        error.details,
        error.extra,
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = fieldProblems(error.validation, error.validationContext);
      const fields = details.map((d) => d.field).join(', ');
      return sendProblem(
        request,
        reply,
        400,
        'VALIDATION_FAILED',
        `Dữ liệu không hợp lệ: ${fields}.`,
        `Invalid input: ${fields}.`,
        details,
      );
    }
    const sqlState = sqlStateOf(error);
    const databaseProblem = sqlState ? databaseProblemOf(sqlState) : undefined;
    if (sqlState && databaseProblem) {
      // The SQLSTATE is enough to find the cause; the statement and its values stay out of the log.
      if (databaseProblem.status === 400)
        request.log.warn({ sqlState, url: request.routeOptions.url }, 'database refused input');
      return sendProblem(
        request,
        reply,
        databaseProblem.status,
        databaseProblem.code,
        databaseProblem.vi,
        databaseProblem.en,
      );
    }
    const mapped = fromFastifyError(error);
    if (mapped.status >= 500) request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, mapped.status, mapped.code, mapped.vi, mapped.en);
  });
});
