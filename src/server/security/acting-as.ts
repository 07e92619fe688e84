import { randomBytes } from 'node:crypto';
import type { Actor } from '../../domain/access/permissions';

/** The header of a request the process injects into itself as someone (see {@link runAs}). */
export const ACTING_AS_HEADER = 'x-ocop-acting-as';

/** Keys handed out for requests in flight: 256 random bits each, alive only during the call. */
const actorsByKey = new Map<string, Actor>();

/**
 * Runs `work` as `actor`: `work` receives headers that make the requests it injects into this
 * process (`app.inject`) authenticated as that actor. The key is random, held only in this
 * process's memory and forgotten when `work` ends, so no client can send it. Background work that
 * reads a list "as the person who asked" (list exports) goes through the list endpoint itself, so
 * jurisdiction, filters and personal-data rules stay exactly those of the screen.
 */
export async function runAs<Result>(
  actor: Actor,
  work: (headers: Record<string, string>) => Promise<Result>,
): Promise<Result> {
  const key = randomBytes(32).toString('base64url');
  actorsByKey.set(key, actor);
  try {
    return await work({ [ACTING_AS_HEADER]: key });
  } finally {
    actorsByKey.delete(key);
  }
}

/** The actor a request's {@link ACTING_AS_HEADER} stands for, if it is a key in flight. */
export function actingAs(headerValue: string | string[] | undefined): Actor | undefined {
  return typeof headerValue === 'string' ? actorsByKey.get(headerValue) : undefined;
}
