import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { findNulCharacter } from '../../contracts/shared.contracts';
import { DomainError } from '../../domain/errors';

/** Field names as the validation errors give them: body fields bare, the others prefixed. */
const PARTS = [
  { key: 'params', prefix: 'params.' },
  { key: 'query', prefix: 'querystring.' },
  { key: 'body', prefix: '' },
] as const;

/** The 400 for a NUL character in a field; also used for multipart text fields. */
export function nulCharacterError(field: string): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    `Dữ liệu không hợp lệ: ${field} chứa ký tự NUL (\\u0000).`,
    `Invalid input: ${field} contains a NUL character (\\u0000).`,
    [
      {
        field,
        messageVi: 'Chứa ký tự NUL (\\u0000) không được phép',
        messageEn: 'Contains a NUL character (\\u0000), which is not allowed',
      },
    ],
  );
}

/**
 * Refuses a NUL character anywhere in the route parameters, query string or parsed body of every
 * route, before validation: PostgreSQL text cannot store it, so without this a NUL in any field
 * would fail deep in a query. Multipart fields are read later, by readMultipartUpload, which checks
 * them the same way.
 */
export const textInputPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    for (const part of PARTS) {
      const path = findNulCharacter(request[part.key]);
      if (path) throw nulCharacterError(`${part.prefix}${path.join('.')}` || part.key);
    }
  });
});
