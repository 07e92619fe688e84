import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Action, Actor } from '../../domain/access/permissions';
import type { Role } from '../../domain/access/roles';
import { DomainError } from '../../domain/errors';
import {
  findAccountById,
  findLiveApiToken,
  findLiveSessionWithAccess,
  listActiveGrants,
  type AccountRow,
} from '../../db/repositories/accounts.repository';
import { touchApiToken } from '../../db/repositories/api-tokens.repository';
import { touchSession } from '../../db/repositories/sessions.repository';
import { ACTING_AS_HEADER, actingAs } from '../security/acting-as';
import { safeEqual, sha256Hex } from '../security/tokens';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Only a signed-in browser session may call this route, never an API token: managing tokens,
     * signing out everywhere and changing the password would otherwise let a narrow token widen
     * itself or lock its owner out.
     */
    isSessionOnly?: boolean;
  }
}

/** Route option for the account's own security actions (see {@link authPlugin}). */
export const SESSION_ONLY_ROUTE = { isSessionOnly: true } as const;

export const SESSION_COOKIE = 'ocop_session';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes a browser may call without a CSRF token: they create the session in the first place. */
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);
/** Don't write `last_seen_at` more often than this. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

function isoDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

async function actorFor(
  request: FastifyRequest,
  accountId: string,
  tokenScopes?: readonly Action[],
): Promise<Actor | null> {
  const account = await findAccountById(request.server.deps.database.db, accountId);
  return account ? actorOf(request, account, tokenScopes) : null;
}

async function actorOf(
  request: FastifyRequest,
  account: AccountRow,
  tokenScopes?: readonly Action[],
): Promise<Actor | null> {
  const { db } = request.server.deps.database;
  if (account.status !== 'active') return null;
  const grants = await listActiveGrants(db, account.id, isoDate(request.server.deps.clock()));
  return { accountId: account.id, username: account.username, grants, tokenScopes };
}

async function authenticate(request: FastifyRequest): Promise<void> {
  const { db } = request.server.deps.database;
  const now = request.server.deps.clock();
  const internal = actingAs(request.headers[ACTING_AS_HEADER]);
  if (internal) {
    // A request the process injected into itself for background work (see acting-as.ts).
    request.actor = internal;
    request.authMethod = 'token';
    return;
  }
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const token = await findLiveApiToken(db, sha256Hex(authorization.slice(7).trim()), now);
    if (!token) {
      throw new DomainError(
        'UNAUTHENTICATED',
        'Mã truy cập API không hợp lệ hoặc đã bị thu hồi.',
        'Invalid or revoked API token.',
      );
    }
    request.actor = await actorFor(request, token.accountId, token.scopes as Action[]);
    request.authMethod = 'token';
    if (now.getTime() - (token.lastUsedAt?.getTime() ?? 0) > TOUCH_INTERVAL_MS) {
      await touchApiToken(db, token.id, now);
    }
    return;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return;
  const found = await findLiveSessionWithAccess(db, sha256Hex(cookie), now, isoDate(now));
  if (!found) return;
  const { session, account, grants } = found;
  request.actor = {
    accountId: account.id,
    username: account.username,
    grants: grants.map((grant) => ({
      role: grant.role as Role,
      unitId: grant.unitId,
      unitPath: grant.unitPath,
    })),
  };
  request.signedIn = { account, grants };
  request.authMethod = 'session';
  request.sessionId = session.id;
  request.csrfToken = session.csrfToken;
  if (UNSAFE_METHODS.has(request.method) && !CSRF_EXEMPT.has(request.routeOptions.url ?? '')) {
    const header = request.headers[CSRF_HEADER];
    if (typeof header !== 'string' || !safeEqual(header, session.csrfToken)) {
      throw new DomainError(
        'CSRF_FAILED',
        'Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF). Hãy tải lại trang.',
        'Missing or wrong CSRF token. Reload the page.',
      );
    }
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(db, session.id, now);
  }
}

/**
 * Resolves who is calling: a browser session (cookie, CSRF header required on writes) or an API
 * token (`Authorization: Bearer …`, scopes limit what it may do). Anonymous requests get
 * `request.actor = null`; routes decide whether that is enough. Routes marked
 * {@link SESSION_ONLY_ROUTE} refuse API tokens with FORBIDDEN.
 */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('authMethod', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('signedIn', null);
  app.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    await authenticate(request);
    // Unknown addresses fall through to the 404 handler, whoever asks.
    if (request.routeOptions.url === undefined) return;
    // Secure by default: an API route is private unless it says `config: { isPublic: true }`.
    const config = request.routeOptions.config as { isPublic?: boolean; isSessionOnly?: boolean } | undefined;
    const isPublic = config?.isPublic === true;
    if (!isPublic && !request.actor) {
      throw new DomainError('UNAUTHENTICATED', 'Bạn cần đăng nhập.', 'You need to sign in.');
    }
    if (config?.isSessionOnly === true && request.authMethod !== 'session') {
      throw new DomainError(
        'FORBIDDEN',
        'Thao tác này chỉ làm được khi đăng nhập bằng trình duyệt, không dùng mã truy cập API.',
        'This needs a signed-in browser session; an API token may not do it.',
      );
    }
  });
});
