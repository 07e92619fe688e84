import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor, Action, UnitScoped } from '../domain/access/permissions';
import { assertCan, PERMISSIONS } from '../domain/access/permissions';
import { isWithinUnit } from '../domain/access/unit-path';
import { DomainError } from '../domain/errors';
import type { Database, DatabaseHandle } from '../db/database';
import type { AccountRow } from '../db/repositories/accounts.repository';
import type { AuditContext } from '../db/repositories/audit.repository';
import type { GrantWithUnit } from '../db/repositories/grants.repository';
import type { AppConfig } from './config';
import type { FrontDoor } from './public/front-door';

/** What every route and use case may depend on; tests pass their own clock. */
export interface AppDependencies {
  database: DatabaseHandle;
  config: AppConfig;
  clock: () => Date;
}

/** The Fastify instance with zod-typed routes. */
export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDependencies;
    /** Answers repeated scans before the framework runs (public/front-door.ts). */
    frontDoor: FrontDoor;
  }
  interface FastifyRequest {
    /** The signed-in account, or null for anonymous requests. */
    actor: Actor | null;
    /** How the actor authenticated: browser session (needs CSRF on writes) or API token. */
    authMethod: 'session' | 'token' | null;
    sessionId: string | null;
    /** The session's CSRF token (browser sessions only), for `GET /auth/me`. */
    csrfToken: string | null;
    /** The session's account and its grants in force, as authentication read them (browser sessions only). */
    signedIn: { account: AccountRow; grants: GrantWithUnit[] } | null;
  }
}

/** The actor, or `UNAUTHENTICATED`. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) {
    throw new DomainError('UNAUTHENTICATED', 'Bạn cần đăng nhập.', 'You need to sign in.');
  }
  return request.actor;
}

/** The actor if it may do `action` on `resource`; else `UNAUTHENTICATED` / `FORBIDDEN`. */
export function authorize(request: FastifyRequest, action: Action, resource: UnitScoped): Actor {
  const actor = requireActor(request);
  assertCan(actor, action, resource);
  return actor;
}

/**
 * The audit context of a request: the actor, the grant that allows `action` on `resource` (its
 * role and unit), and the request id.
 */
export function auditContextOf(
  request: FastifyRequest,
  action?: Action,
  resource?: UnitScoped,
): AuditContext {
  return auditContextAs(
    {
      actorAccountId: request.actor?.accountId ?? null,
      actorUsername: request.actor?.username ?? null,
      actorRole: null,
      unitId: null,
      requestId: request.id,
    },
    request.actor,
    action,
    resource,
  );
}

/**
 * The audit context with the role and unit of the grant under which `action` is performed on
 * `resource` — for use cases that only know the action once they have read the record (an intake
 * "accept" is the commune's or the province's depending on the dossier's status).
 */
export function auditContextAs(
  audit: AuditContext,
  actor: Actor | null | undefined,
  action?: Action,
  resource?: UnitScoped,
): AuditContext {
  const roles: readonly string[] = action ? PERMISSIONS[action] : [];
  const grant =
    actor?.grants.find(
      (g) => roles.includes(g.role) && (!resource || isWithinUnit(resource.unitPath, g.unitPath)),
    ) ?? actor?.grants[0];
  return { ...audit, actorRole: grant?.role ?? null, unitId: grant?.unitId ?? null };
}

/** The request's database. */
export function dbOf(request: FastifyRequest): Database {
  return request.server.deps.database.db;
}
