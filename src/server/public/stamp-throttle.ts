/**
 * Per-network limits on the public stamp pages (@fastify/rate-limit, shared through PostgreSQL): the
 * resolver, so that enumerating random serials from one network is slowed to a trickle while
 * shoppers never notice, and the report-a-fake form. A refused request gets 429 with Retry-After:
 * a bilingual HTML page for people, problem+json for machines.
 */
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type {
  FastifyBaseLogger,
  FastifyError,
  FastifyReply,
  FastifyRequest,
  RouteShorthandOptions,
} from 'fastify';
import { z } from 'zod';
import { coarseNetworkOf } from '../../domain/stamps/clone-detection';
import type { AppConfig } from '../config';
import type { AppInstance } from '../context';
import { batchedRateLimitStore, type RateLimitStore } from './stamp-throttle-store';
import { escapeHtml, publicPage } from './public-html';

declare module '../config' {
  interface AppConfig {
    /** Resolver requests per coarse network per minute; omitted: DEFAULT_RESOLVER_LIMIT. */
    resolverLimit?: Partial<ResolverLimitSettings>;
  }
}

export interface ResolverLimitSettings {
  /** Requests one coarse network (IPv4 /24, IPv6 /48) may make to the resolver per minute. */
  perNetworkPerMinute: number;
}

/** Two scans a second, sustained, from one network: far above a shop or a carrier's NAT, far below a script. */
export const DEFAULT_RESOLVER_LIMIT: ResolverLimitSettings = { perNetworkPerMinute: 120 };

export const ResolverLimitSchema = z
  .object({ perNetworkPerMinute: z.number().int().min(1).max(1_000_000) })
  .strict()
  .partial();

/** The resolver limit of a deployment merged over the default; throws naming each bad field (start-up stops). */
export function resolverLimitOf(
  config: AppConfig,
  env: NodeJS.ProcessEnv = process.env,
): ResolverLimitSettings {
  // RESOLVER_LIMIT_PER_MINUTE sets the limit of a server started from the environment (the
  // benchmark's load comes from one loopback address); the configuration object wins.
  const fromEnv = env.RESOLVER_LIMIT_PER_MINUTE
    ? { perNetworkPerMinute: Number(env.RESOLVER_LIMIT_PER_MINUTE) }
    : {};
  const parsed = ResolverLimitSchema.safeParse(config.resolverLimit ?? fromEnv);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  resolverLimit.${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(
      `Cấu hình giới hạn tra cứu tem không hợp lệ / invalid resolver limit settings:\n${lines.join('\n')}`,
    );
  }
  return { ...DEFAULT_RESOLVER_LIMIT, ...parsed.data };
}

const stores = new WeakMap<object, RateLimitStore>();

/**
 * The app's one store of per-network counts (keyed by its dependencies object): on PostgreSQL
 * shared by every process, batched (stamp-throttle-store.ts) so that a scan never waits for the
 * database; on PGlite (one process) in memory. The route limiter and the front door count in it.
 */
export function stampThrottleStoreOf(
  deps: { database: AppInstance['deps']['database'] },
  log?: FastifyBaseLogger,
): RateLimitStore {
  let store = stores.get(deps);
  if (!store) {
    const { database } = deps;
    store = batchedRateLimitStore(database.kind === 'postgres' ? database.db : null, { log });
    stores.set(deps, store);
  }
  return store;
}

/**
 * Registers the limiter once per scope tree (routes opt in with their own `config.rateLimit`),
 * counting in the app's store (stampThrottleStoreOf). An answer within the limit carries no
 * `x-ratelimit-*` headers (a refusal still says Retry-After).
 */
export async function registerStampThrottle(app: AppInstance): Promise<void> {
  if (app.hasDecorator('rateLimit')) return;
  const shared = stampThrottleStoreOf(app.deps, app.log);
  app.addHook('onClose', async () => shared.flush());
  await app.register(rateLimit, {
    global: false,
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
    store: shared.Store as unknown as FastifyRateLimitStoreCtor,
  });
}

class Throttled extends Error {
  readonly statusCode = 429;
  constructor(readonly retryAfterSeconds: number) {
    super('rate limited');
  }
}

function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/linkset+json') || accept.includes('json');
}

/** The 429 answer of the resolver: a page for people, problem+json for machines; Retry-After is set by the limiter. */
function resolverRefusal(request: FastifyRequest, reply: FastifyReply, retryAfterSeconds: number) {
  const vi = `Có quá nhiều lượt tra cứu tem từ mạng của bạn. Xin hãy thử lại sau ${retryAfterSeconds} giây.`;
  const en = `Too many stamp look-ups from your network. Please try again in ${retryAfterSeconds} seconds.`;
  reply.status(429).header('cache-control', 'no-store');
  if (wantsJson(request))
    return reply.type('application/problem+json').send({
      type: 'https://ocop.gov.vn/problems/rate-limited',
      title: 'Too Many Requests',
      status: 429,
      code: 'RATE_LIMITED',
      detail: vi,
      detailEn: en,
      retryAfterSeconds,
    });
  return reply.type('text/html; charset=utf-8').send(
    publicPage({
      title: 'Quá nhiều lượt tra cứu — too many look-ups',
      description: en,
      heading: 'Kiểm tra tem / Stamp check',
      noIndex: true,
      body: `<div class="status" style="background:#8a5a00;color:#fff" role="status">${escapeHtml(vi)}<small lang="en">${escapeHtml(en)}</small></div>`,
    }),
  );
}

/**
 * Route options limiting a route per coarse network (or per `key`): `max` requests per
 * `timeWindowMs`, refused ones told to `onRefused` and answered by `answer` (the resolver's page
 * by default).
 */
export function perNetworkLimit(o: {
  max: number;
  timeWindowMs: number;
  key?: (request: FastifyRequest) => string;
  onRefused?: (request: FastifyRequest) => void;
  answer?: (request: FastifyRequest, reply: FastifyReply, retryAfterSeconds: number) => FastifyReply;
}): Pick<RouteShorthandOptions, 'config' | 'errorHandler'> {
  const answer = o.answer ?? resolverRefusal;
  return {
    config: {
      rateLimit: {
        max: o.max,
        timeWindow: o.timeWindowMs,
        keyGenerator: o.key ?? ((request: FastifyRequest) => coarseNetworkOf(request.ip)),
        onExceeded: (request: FastifyRequest) => o.onRefused?.(request),
        errorResponseBuilder: (_request: FastifyRequest, context: { ttl: number }) =>
          new Throttled(Math.max(1, Math.ceil(context.ttl / 1000))),
      },
    },
    errorHandler: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      // Anything else goes on to the app's error handler.
      if (!(error instanceof Throttled)) throw error;
      void answer(request, reply, error.retryAfterSeconds);
    },
  };
}
