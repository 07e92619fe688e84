import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BinaryFile } from '../contracts/shared.contracts';

declare module 'fastify' {
  interface FastifySchema {
    /**
     * The text fields a multipart/form-data route reads besides its `file` part (read and validated
     * by the handler, documented in OpenAPI).
     */
    multipartFields?: z.ZodType;
  }
}

type Transform = NonNullable<FastifyDynamicSwaggerOptions['transform']>;
type JsonResponses = Record<string, unknown>;

const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const MULTIPART = 'multipart/form-data';

/** The problem answers any route can give, whether or not it declares them. */
const ALWAYS_POSSIBLE = {
  400: 'Dữ liệu không hợp lệ (kể cả JSON hỏng, ký tự NUL, số quá lớn) / invalid input',
} as const;
const WITH_PATH_PARAMETERS = { 414: 'Tham số đường dẫn quá dài / a path parameter is too long' } as const;
const WITH_BODY = {
  413: 'Nội dung quá lớn / body too large',
  415: 'Kiểu nội dung không được hỗ trợ / unsupported content type',
} as const;

function isProblemStatus(status: string): boolean {
  return /^[45]\d\d$/.test(status);
}

/** A problem response, as @fastify/swagger reads a response that names its content types. */
function problemResponse(description: string, schema: unknown): unknown {
  return { description, content: { [PROBLEM_MEDIA_TYPE]: { schema } } };
}

function multipartBody(fields: z.ZodType | undefined): z.ZodType {
  const file = z.object({ file: BinaryFile.describe('Tệp tải lên / the uploaded file') });
  return fields ? z.intersection(file, fields) : file;
}

function hasPathParameters(url: string): boolean {
  return /[:*]/.test(url);
}

/**
 * fastify-type-provider-zod's transform, completed so the document says what the API really does:
 * a multipart route documents its form (`file` + `multipartFields`); every error answer is
 * application/problem+json; the 400 every route can give (and 414 for path parameters, 413/415 for
 * bodies) is declared even where the route does not list it.
 */
export const openApiTransform: Transform = (input) => {
  const { multipartFields, ...schema } = input.schema ?? {};
  const isMultipart = Array.isArray(schema.consumes) && schema.consumes.includes(MULTIPART);
  const body = isMultipart && !schema.body ? multipartBody(multipartFields) : schema.body;
  const transformed = jsonSchemaTransform({
    ...input,
    schema: { ...schema, ...(body ? { body } : {}) },
  }) as {
    schema: Record<string, unknown>;
    url: string;
  };
  if (transformed.schema.hide) return transformed;

  const problem = { $ref: '#/components/schemas/Problem' };
  const responses: JsonResponses = { ...((transformed.schema.response as JsonResponses | undefined) ?? {}) };
  const added: Record<string, string> = {
    ...ALWAYS_POSSIBLE,
    ...(hasPathParameters(input.url) ? WITH_PATH_PARAMETERS : {}),
    ...(body ? WITH_BODY : {}),
  };
  for (const status of Object.keys(added)) responses[status] ??= problem;
  for (const [status, response] of Object.entries(responses)) {
    if (!isProblemStatus(status)) continue;
    responses[status] = problemResponse(added[status] ?? 'Problem details (RFC 9457)', response);
  }
  return { ...transformed, schema: { ...transformed.schema, response: responses } };
};
