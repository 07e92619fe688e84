import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ApiTokenView,
  ChangePasswordInput,
  CreateApiTokenInput,
  CreateApiTokenOutput,
  LoginInput,
  MeOutput,
  OkOutput,
} from '../../../contracts/auth.contracts';
import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import { listActiveGrants } from '../../../db/repositories/accounts.repository';
import { DomainError } from '../../../domain/errors';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { SESSION_COOKIE, SESSION_ONLY_ROUTE } from '../../plugins/auth.plugin';
import { PUBLIC_ROUTE } from '../../route-config';
import { dummyPasswordHash } from '../../security/passwords';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens';
import { changePassword } from './change-password';
import { getMe } from './get-me';
import { login } from './login';
import { signInThrottleFor } from '../../cluster/shared-sign-in-throttle';
import { logout } from './logout';

const tags = ['auth'];

function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    // Secure only when the deployment says it is reached over HTTPS (PUBLIC_BASE_URL): a plain-HTTP
    // pilot would otherwise never get its session cookie back.
    secure: request.server.deps.config.isHttps,
    expires: expiresAt,
  });
}

/** Sign-in, sign-out, the current account, password change and API tokens. */
export async function authRoutes(app: AppInstance): Promise<void> {
  // Shared by every process on the same PostgreSQL; in memory on PGlite.
  const throttle = signInThrottleFor(app.deps.database);
  // Hash the stand-in password now, so the first unknown username is not answered more slowly.
  await dummyPasswordHash();
  let hasWarnedOfUntrustedProxy = false;

  app.post(
    '/api/v1/auth/login',
    {
      config: PUBLIC_ROUTE,
      schema: {
        operationId: 'login',
        tags,
        summary: 'Đăng nhập / sign in',
        body: LoginInput,
        response: {
          200: MeOutput,
          400: ProblemOutput,
          401: ProblemOutput,
          403: ProblemOutput,
          429: ProblemOutput,
        },
      },
    },
    async (request, reply) => {
      const now = app.deps.clock();
      if (
        !hasWarnedOfUntrustedProxy &&
        app.deps.config.trustProxy === false &&
        request.headers['x-forwarded-for'] !== undefined
      ) {
        hasWarnedOfUntrustedProxy = true;
        request.log.warn(
          'X-Forwarded-For received but TRUST_PROXY is not set: all clients behind the proxy share one address for the sign-in throttle (docs/operations/deploy.md)',
        );
      }
      const result = await login({
        db: dbOf(request),
        throttle,
        ...request.body,
        clientAddress: request.ip,
        userAgent: request.headers['user-agent'],
        requestId: request.id,
        now,
        sessionHours: app.deps.config.sessionHours,
      }).catch((error: unknown) => {
        const retryAfterSeconds = error instanceof DomainError ? error.extra?.retryAfterSeconds : undefined;
        if (typeof retryAfterSeconds === 'number') reply.header('retry-after', String(retryAfterSeconds));
        throw error;
      });
      setSessionCookie(request, reply, result.sessionToken, result.expiresAt);
      request.sessionId = null;
      const grants = await listActiveGrants(dbOf(request), result.accountId, now.toISOString().slice(0, 10));
      const actor = { accountId: result.accountId, username: result.username, grants };
      return getMe({ db: dbOf(request), actor, csrfToken: result.csrfToken });
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      schema: {
        operationId: 'getMe',
        tags,
        summary: 'Tài khoản đang đăng nhập / current account',
        response: { 200: MeOutput, 401: ProblemOutput },
      },
    },
    async (request) =>
      getMe({
        db: dbOf(request),
        actor: requireActor(request),
        csrfToken: request.csrfToken,
        signedIn: request.signedIn,
      }),
  );

  const logoutRoute = (url: string, operationId: string, scope: 'current' | 'everywhere', summary: string) =>
    app.post(
      url,
      {
        // Signing out everywhere is the owner's call: a token must not end the owner's sessions.
        config: { isSessionOnly: scope === 'everywhere' },
        schema: { operationId, tags, summary, response: { 200: OkOutput, ...commonErrorResponses } },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await logout({
          db: dbOf(request),
          audit: auditContextOf(request),
          accountId: actor.accountId,
          sessionId: request.sessionId,
          scope,
          now: app.deps.clock(),
        });
        if (scope === 'current' || request.authMethod === 'session')
          reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );
  logoutRoute('/api/v1/auth/logout', 'logout', 'current', 'Đăng xuất / sign out');
  logoutRoute(
    '/api/v1/auth/logout-all',
    'logoutEverywhere',
    'everywhere',
    'Đăng xuất mọi nơi / sign out everywhere',
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: SESSION_ONLY_ROUTE,
      schema: {
        operationId: 'changePassword',
        tags,
        summary: 'Đổi mật khẩu / change password',
        body: ChangePasswordInput,
        response: { 200: OkOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await changePassword({
        db: dbOf(request),
        audit: auditContextOf(request),
        accountId: actor.accountId,
        sessionId: request.sessionId,
        ...request.body,
        now: app.deps.clock(),
      });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/auth/tokens',
    {
      config: SESSION_ONLY_ROUTE,
      schema: {
        operationId: 'listApiTokens',
        tags,
        response: { 200: z.object({ items: z.array(ApiTokenView) }), ...commonErrorResponses },
      },
    },
    async (request) => ({
      items: await listApiTokens({ db: dbOf(request), accountId: requireActor(request).accountId }),
    }),
  );

  app.post(
    '/api/v1/auth/tokens',
    {
      config: SESSION_ONLY_ROUTE,
      schema: {
        operationId: 'createApiToken',
        tags,
        summary: 'Tạo mã truy cập API / create an API token',
        body: CreateApiTokenInput,
        response: { 201: CreateApiTokenOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const token = await createApiToken({
        db: dbOf(request),
        audit: auditContextOf(request),
        actor: requireActor(request),
        input: request.body,
        now: app.deps.clock(),
      });
      return reply.status(201).send(token);
    },
  );

  app.delete(
    '/api/v1/auth/tokens/:id',
    {
      config: SESSION_ONLY_ROUTE,
      schema: {
        operationId: 'revokeApiToken',
        tags,
        params: IdParams,
        response: { 200: OkOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await revokeApiToken({
        db: dbOf(request),
        audit: auditContextOf(request),
        accountId: requireActor(request).accountId,
        tokenId: request.params.id,
        now: app.deps.clock(),
      });
      return { ok: true as const };
    },
  );
}
