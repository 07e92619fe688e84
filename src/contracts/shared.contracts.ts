import { z } from 'zod';

/**
 * Building blocks every contract uses, so that what the API accepts is what PostgreSQL can store:
 * integers within an `integer` column, text without NUL characters.
 */

/** The range of a PostgreSQL `integer` column (int4). */
export const INT32_MIN = -2_147_483_648;
export const INT32_MAX = 2_147_483_647;

/** An integer that fits a PostgreSQL `integer` column; larger answers 400, not a database error. */
export function int32() {
  return z.number().int().min(INT32_MIN).max(INT32_MAX);
}

/** A positive integer that fits a PostgreSQL `integer` column (versions, revisions, counts asked for). */
export function positiveInt32() {
  return z.number().int().positive().max(INT32_MAX);
}

/** An integer read from the query string ("12"), bounded like {@link int32}. */
export function queryInt32() {
  return z.coerce.number().int().min(INT32_MIN).max(INT32_MAX);
}

/** The optimistic-locking version a client read; a stale one gets 409. */
export function versionField() {
  return positiveInt32().describe('The version read; a stale one gets 409');
}

/** U+0000: PostgreSQL text and jsonb cannot hold it, and no person types it. */
const NUL = '\u0000';

/**
 * Where the first NUL character hides in a parsed input (a JSON body, query string, route
 * parameters, multipart fields): its path as keys (`['answers', 'A.1', 'note']`), or `undefined` when
 * there is none. Object keys count as well as values.
 */
export function findNulCharacter(value: unknown, path: readonly string[] = []): string[] | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? [...path] : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNulCharacter(item, [...path, String(index)]);
      if (found) return found;
    }
    return undefined;
  }
  if (ArrayBuffer.isView(value)) return undefined;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key.includes(NUL)) return [...path, key.replaceAll(NUL, '\\u0000')];
    const found = findNulCharacter(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The bytes of a file, for OpenAPI: a binary string. The server sends a Buffer or a stream, which
 * fastify passes through unserialised; nothing validates it.
 */
export const BinaryFile = z.custom<unknown>(() => true).meta({ type: 'string', format: 'binary' });

/**
 * A response that is a file, not JSON (a PDF, a scan): documented as binary content of the given
 * media types. Use it as a route's response schema: `response: { 200: fileResponse('PDF', ['application/pdf']) }`.
 */
export function fileResponse(description: string, mediaTypes: readonly [string, ...string[]]) {
  return {
    description,
    content: Object.fromEntries(mediaTypes.map((mediaType) => [mediaType, { schema: BinaryFile }])),
  };
}
