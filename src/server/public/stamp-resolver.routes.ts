/**
 * The stamp resolver, a GS1-Conformant Resolver for the Digital Link URIs printed on our stamps
 * (`/01/<gtin>[/22/<cpv>][/10/<lot>][/21/<serial>]`, the short `/s/<serial>`, and their compressed
 * form `/<base64>`), and the stamp verification page it sends shoppers to.
 *
 * - GET, HEAD and OPTIONS, with CORS (any origin may read the answer; `Cross-Origin-Resource-Policy`
 *   is relaxed here only).
 * - 400 problem for a path that breaks Digital Link syntax, 404 for an unknown valid key; a
 *   trailing slash is tolerated.
 * - Walk-up: serial → lot → GTIN; an unknown serial lands on the lot's (or product's) answer with
 *   the "mã này chưa được đăng ký" warning.
 * - Without instructions, a 307 redirect to the default link (the verification page for a lot or a
 *   stamp, the product page for a GTIN), the other links in the `Link` header and the query string
 *   passed on; `?linkType=<type>` redirects to that link (404 when there is none);
 *   `?linkType=all|linkset` or `Accept: application/linkset+json` answer the RFC 9264 linkset.
 * - Accept-Language picks between the Vietnamese (default) and English link of a type.
 * - The verification page `/kiem-tra-tem/<path>` counts the scan of a registered stamp (queued for
 *   the buffered writer, never delaying the answer): one redirect, one counted scan.
 * Look-ups are answered from the in-process cache (public-cache.ts) or one indexed query per level.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { encodeAiValue } from '../../domain/stamps/digital-link';
import { decompressAis, uncompressedPathOf } from '../../domain/stamps/digital-link-compression';
import {
  parseDigitalLinkRequest,
  walkUpLevels,
  type DigitalLinkRequest,
  type ResolverKey,
} from '../../domain/stamps/digital-link-request';
import { resolverOutcome } from '../../domain/stamps/stamp-status';
import type { AppInstance } from '../context';
import { resolveLevel, type ResolvedStamp } from '../modules/stamps/resolve-stamp';
import { scanRecorderOf } from '../modules/stamps/scan-recorder';
import { answerKeyOf, keptAnswersOf, type KeptAnswer, type KeptRead } from './kept-answers';
import { publicCachesOf } from './public-cache';
import { escapeHtml, publicPage } from './public-html';
import {
  defaultLinkTypeOf,
  LINKSET_CONTEXT,
  linkHeader,
  linksetDocument,
  linksetLevel,
  linkTypeOfParameter,
  pathOfKey,
  pickByLanguage,
  preferredLanguages,
  VERIFY_PREFIX,
  type LinksetLevel,
  type ResolverLink,
} from './stamp-links';
import { certificateStatusOf, renderStampPage } from './stamp-page';
import { stampReportRoutes } from './stamp-report.routes';
import { resolverGuardOf } from './stamp-resolver-guard';
import { routeCounterPrefix } from './stamp-throttle-store';

const LINKSET = 'application/linkset+json';

/** CORS and cross-origin headers of every resolver answer. */
const RESOLVER_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'Accept, Accept-Language',
  'access-control-expose-headers': 'Link, Location, Content-Type',
  'cross-origin-resource-policy': 'cross-origin',
};

function resolverHeaders(reply: FastifyReply): FastifyReply {
  return reply.headers(RESOLVER_HEADERS);
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes(LINKSET) || accept.includes('application/json');
}

function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** The query string without `linkType` (and our own `lang`), to pass on when redirecting. */
function passedQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (name !== 'linkType' && typeof value === 'string') params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function withQuery(href: string, query: string): string {
  if (!query) return href;
  return href.includes('?') ? `${href}&${query.slice(1)}` : `${href}${query}`;
}

function problem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: 400 | 404 | 414,
  vi: string,
  en: string,
  code: string,
) {
  reply.status(status).header('cache-control', 'public, max-age=60');
  if (wantsJson(request))
    return reply.type('application/problem+json').send({
      type: 'about:blank',
      title: status === 400 ? 'Bad Request' : status === 414 ? 'URI Too Long' : 'Not Found',
      status,
      code,
      detail: vi,
      detailEn: en,
    });
  return reply.type('text/html; charset=utf-8').send(
    publicPage({
      title: status === 400 ? 'Mã không hợp lệ — invalid code' : 'Không tìm thấy mã — code not found',
      description: vi,
      heading: 'Kiểm tra tem / Stamp check',
      noIndex: true,
      body: `<div class="status" style="background:#3d3a33;color:#fff" role="status">✖ ${status === 400 ? 'Mã không hợp lệ — <span lang="en">invalid code</span>' : 'Không tìm thấy — <span lang="en">unknown code</span>'}<small>${escapeHtml(vi)} Mã ${escapeHtml(pathOf(request.url))}${status === 404 ? ' không có trong cơ sở dữ liệu OCOP: sản phẩm mang mã này có thể không phải sản phẩm OCOP.' : ''}</small><small lang="en">${escapeHtml(en)}</small></div>`,
    }),
  );
}

/** Find-my-way's limit on one path parameter, applied to every segment of the wildcard routes. */
const MAX_SEGMENT_LENGTH = 100;
const TOO_LONG: [string, string] = ['Địa chỉ có tham số quá dài.', 'A path parameter is too long.'];
const hasTooLongSegment = (path: string) => path.split('/').some((s) => s.length > MAX_SEGMENT_LENGTH);

const NOT_FOUND: [string, string] = [
  'Không có tem hay sản phẩm nào ứng với mã này.',
  'No stamp or product is known for this code.',
];

interface Resolution {
  requested: ResolverKey;
  /** The levels that resolved, most specific first (the walk-up). */
  found: { key: ResolverKey; value: ResolvedStamp }[];
  /** A serial was asked for and no such stamp exists. */
  unknownSerial: boolean;
  /** Every look-up made, in order: the stamp cache, its key and the value read. */
  read: KeptRead[];
}

export async function stampResolverRoutes(app: AppInstance): Promise<void> {
  const baseUrl = () => app.deps.config.publicBaseUrl;
  const caches = publicCachesOf(app.deps);
  const recorder = scanRecorderOf(app.deps, app.log);
  // Per-network limit and the record of unknown serials looked up (serial enumeration).
  const guard = await resolverGuardOf(app);
  // Counted scans change the page (scan count, first scan, "possible copy"): the written counters
  // replace those of the cached entries, so a busy stamp is not reloaded after every batch.
  recorder.onWritten((states) => {
    const bySerial = new Map(states.map((state) => [state.serial, state]));
    caches.stamps.updateWhere((value) => {
      const state = value?.serial == null ? undefined : bySerial.get(value.serial);
      return value && state ? { ...value, ...state } : undefined;
    });
  });

  const cacheKeyOf = (key: ResolverKey) =>
    key.kind === 'short'
      ? `s|${key.serial}`
      : `01|${key.gtin14}|${key.lot ?? ''}|${key.serial ?? ''}|${key.lot !== undefined}|${key.serial !== undefined}`;
  const lookUp = (cacheKey: string, key: ResolverKey) =>
    caches.stamps.getOrLoad(cacheKey, async () => (await resolveLevel(app.deps.database.db, key)) ?? null);

  async function resolve(key: ResolverKey, allLevels: boolean): Promise<Resolution> {
    const found: Resolution['found'] = [];
    const read: Resolution['read'] = [];
    for (const level of walkUpLevels(key)) {
      const cacheKey = cacheKeyOf(level);
      const value = await lookUp(cacheKey, level);
      read.push([caches.stamps, cacheKey, value]);
      if (value) {
        found.push({ key: level, value });
        if (!allLevels) break;
      }
    }
    const asksSerial = key.kind === 'short' || key.serial !== undefined;
    return { requested: key, found, unknownSerial: asksSerial && found[0]?.key !== key, read };
  }

  // Kept answers (kept-answers.ts): answered here, and by the front door once the first has gone out.
  const kept = keptAnswersOf(app.deps);
  const keep = (
    request: FastifyRequest,
    reply: FastifyReply,
    key: string,
    answer: Omit<KeptAnswer, 'limit' | 'wire'>,
  ) => {
    const { method, url } = request.routeOptions;
    const limit = { counterPrefix: routeCounterPrefix(method, url), ...guard.limit };
    kept.keep(key, { ...answer, limit }, reply.raw);
  };

  // Per resolved answer (a cached look-up value; replaced, not mutated, when it changes): its
  // links, Link headers and rendered pages, built once instead of on every scan.
  const derived = new WeakMap<ResolvedStamp, Map<string, LinksetLevel | string | Buffer>>();
  function memo<T extends LinksetLevel | string | Buffer>(
    value: ResolvedStamp,
    key: string,
    make: () => T,
  ): T {
    let entries = derived.get(value);
    if (!entries) {
      entries = new Map<string, LinksetLevel | string | Buffer>();
      derived.set(value, entries);
    }
    let out = entries.get(key) as T | undefined;
    if (out === undefined) {
      if (entries.size > 64) entries.clear();
      out = make();
      entries.set(key, out);
    }
    return out;
  }
  const levelFor = (value: ResolvedStamp, key: ResolverKey) =>
    memo(value, `level|${pathOfKey(key)}`, () => linksetLevel(value, key, baseUrl()));

  /** The links of the resolved levels, most specific first. */
  const levelsOf = (resolution: Resolution): LinksetLevel[] =>
    resolution.found.map((f) => levelFor(f.value, f.key));

  /** Parses the request path (uncompressed, or compressed: decompressed first). */
  function parse(path: string): { request: DigitalLinkRequest; sameAs?: string } | undefined {
    const request = parseDigitalLinkRequest(path);
    if (request) return { request };
    const segment = path.slice(1).replace(/\/$/, '');
    if (!/^[A-Za-z0-9_-]{10,}$/.test(segment)) return undefined;
    try {
      const uncompressed = uncompressedPathOf(decompressAis(segment), encodeAiValue);
      const decoded = parseDigitalLinkRequest(uncompressed);
      return decoded ? { request: decoded, sameAs: `${baseUrl()}${uncompressed}` } : undefined;
    } catch {
      return undefined;
    }
  }

  const resolver = async (request: FastifyRequest, reply: FastifyReply) => {
    const answerKey = answerKeyOf(request.url, request.headers);
    const known = kept.get(answerKey, app.deps.clock().getTime());
    if (known) return reply.status(known.status).headers(known.headers).send();
    resolverHeaders(reply);
    if (hasTooLongSegment(pathOf(request.url)))
      return problem(request, reply, 414, ...TOO_LONG, 'URI_TOO_LONG');
    const parsed = parse(pathOf(request.url));
    if (!parsed) return reply.callNotFound();
    const { request: dl, sameAs } = parsed;
    if (!dl.ok) return problem(request, reply, 400, dl.messageVi, dl.messageEn, 'INVALID_DIGITAL_LINK');
    const query = request.query as Record<string, unknown>;
    const linkType = typeof query.linkType === 'string' ? query.linkType : undefined;
    const asLinkset = linkType === 'all' || linkType === 'linkset' || (!linkType && wantsJson(request));
    const resolution = await resolve(dl.key, asLinkset || linkType !== undefined);
    const head = resolution.found[0];
    if (!head) {
      if (dl.key.serial !== undefined) guard.unknownSerial(request, null, reply);
      return problem(request, reply, 404, ...NOT_FOUND, 'NOT_FOUND');
    }
    const levels = levelsOf(resolution);
    const requestedPath = pathOfKey(dl.key);
    const linksetUrl = `${baseUrl()}${requestedPath}?linkType=linkset`;
    const extra = sameAs ? [`<${sameAs}>; rel="owl:sameAs"`] : [];
    const link = memo(head.value, `link|${requestedPath}|${sameAs ?? ''}`, () =>
      linkHeader(levels[0]!, linksetUrl, extra),
    );
    reply.header('link', link).header('vary', 'Accept, Accept-Language');
    reply.header('cache-control', 'no-store');
    const defaultType = defaultLinkTypeOf(dl.key);
    if (asLinkset) {
      if (resolution.unknownSerial) guard.unknownSerial(request, head.value.provinceUnitId, reply);
      reply.header(
        'link',
        `${link}, <${LINKSET_CONTEXT}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`,
      );
      return reply.type(LINKSET).send(linksetDocument(levels, defaultType));
    }
    const languages = preferredLanguages(request.headers['accept-language']);
    let target: ResolverLink | undefined;
    const wanted = linkType === undefined ? 'defaultLink' : linkTypeOfParameter(linkType);
    if (wanted === 'defaultLink') {
      // The default link of the request itself: an unknown serial still lands on its own
      // verification page, which shows the warning.
      const own = levelFor(head.value, dl.key).links.filter((l) => l.type === defaultType);
      target = pickByLanguage(own, languages);
    } else if (wanted) {
      for (const level of levels) {
        const links = level.links.filter((l) => l.type === wanted);
        if (links.length > 0) {
          target = pickByLanguage(links, languages);
          break;
        }
      }
    }
    if (!target) {
      if (resolution.unknownSerial) guard.unknownSerial(request, head.value.provinceUnitId, reply);
      return problem(
        request,
        reply,
        404,
        `Không có liên kết loại ${linkType ?? ''} cho mã này.`,
        `No link of type ${linkType ?? ''} for this code.`,
        'NO_SUCH_LINK_TYPE',
      );
    }
    // A redirect elsewhere than our verification page is where an unknown serial is recorded.
    if (resolution.unknownSerial && target.type !== 'verificationService')
      guard.unknownSerial(request, head.value.provinceUnitId, reply);
    const headers = {
      ...RESOLVER_HEADERS,
      link,
      vary: 'Accept, Accept-Language',
      'cache-control': 'no-store',
      location: withQuery(target.href, passedQuery(query)),
    };
    if (!resolution.unknownSerial)
      keep(request, reply, answerKey, {
        read: resolution.read,
        status: 307,
        headers,
        until: Number.POSITIVE_INFINITY,
      });
    return reply.status(307).headers(headers).send();
  };

  const verificationPage = async (request: FastifyRequest, reply: FastifyReply) => {
    const answerKey = answerKeyOf(request.url, request.headers);
    const known = kept.get(answerKey, app.deps.clock().getTime());
    if (known) {
      if (known.scan)
        recorder.record({
          ...known.scan,
          at: app.deps.clock(),
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        });
      return reply.status(known.status).headers(known.headers).send(known.body);
    }
    const full = pathOf(request.url);
    const path = full.slice(VERIFY_PREFIX.length);
    if (hasTooLongSegment(path)) return problem(request, reply, 414, ...TOO_LONG, 'URI_TOO_LONG');
    const dl = parseDigitalLinkRequest(path);
    if (!dl) return reply.callNotFound();
    if (!dl.ok) return problem(request, reply, 400, dl.messageVi, dl.messageEn, 'INVALID_DIGITAL_LINK');
    const resolution = await resolve(dl.key, false);
    const head = resolution.found[0];
    if (!head) {
      if (dl.key.kind === 'short' || dl.key.serial !== undefined) guard.unknownSerial(request, null, reply);
      return problem(request, reply, 404, ...NOT_FOUND, 'NOT_FOUND');
    }
    const found = head.value;
    const now = app.deps.clock();
    const today = now.toISOString().slice(0, 10);
    if (resolution.unknownSerial) guard.unknownSerial(request, found.provinceUnitId, reply);
    if (found.serial)
      recorder.record({
        serial: found.serial,
        batchId: found.batchId,
        at: now,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
    const asksSerial = dl.key.kind === 'short' || dl.key.serial !== undefined;
    const outcome = resolverOutcome({
      // A lot or a product asked for as such is not an unregistered stamp.
      stampStatus: found.stampStatus ?? (asksSerial ? undefined : 'active'),
      certificateStatus: certificateStatusOf(found, today),
    });
    const query = request.query as Record<string, unknown>;
    const lang = query.lang === 'en' ? 'en' : 'vi';
    const stampPath = pathOfKey(dl.key);
    const headers = {
      'cache-control': 'no-store',
      link: `<${baseUrl()}${stampPath}?linkType=linkset>; rel="linkset"; type="${LINKSET}"`,
      'content-type': 'text/html; charset=utf-8',
    };
    // What the page shows changes with the answer (its counters), the day (certificate status) and,
    // before a stamp's first counted scan, the minute shown as its first scan.
    const pageKey = `page|${stampPath}|${lang}|${outcome.kind}|${today}|${found.firstScannedAt ? '' : now.toISOString().slice(0, 16)}`;
    const page = memo(found, pageKey, () =>
      Buffer.from(
        renderStampPage(found, outcome, {
          path: stampPath,
          now,
          baseUrl: baseUrl(),
          lang,
          requested: dl.key,
        }),
      ),
    );
    if (!resolution.unknownSerial) {
      const nowMs = now.getTime();
      keep(request, reply, answerKey, {
        read: resolution.read,
        status: outcome.httpStatus,
        headers,
        body: page,
        scan: found.serial ? { serial: found.serial, batchId: found.batchId } : undefined,
        until:
          (Math.floor(nowMs / (found.firstScannedAt ? DAY_MS : MINUTE_MS)) + 1) *
          (found.firstScannedAt ? DAY_MS : MINUTE_MS),
      });
    }
    return reply.status(outcome.httpStatus).headers(headers).send(page);
  };

  const options = async (_request: FastifyRequest, reply: FastifyReply) =>
    resolverHeaders(reply)
      .status(204)
      .header('allow', 'GET, HEAD, OPTIONS')
      .header('access-control-max-age', '86400')
      .send();

  app.addHook('onClose', async () => recorder.close());
  const hidden = { schema: { hide: true }, ...guard.routeOptions };
  for (const url of ['/01/*', '/s/:serial', '/:compressed(^[A-Za-z0-9_-]{10,}$)']) {
    app.get(url, hidden, resolver);
    app.options(url, { schema: { hide: true } }, options);
  }
  // The resolver description file (GS1-Conformant Resolver standard, section on the well-known location).
  app.get('/.well-known/gs1resolver', { schema: { hide: true } }, async (_request, reply) =>
    resolverHeaders(reply)
      .header('cache-control', 'public, max-age=3600')
      .type('application/json')
      .send({
        name: 'OCOP — Hệ thống tra cứu tem sản phẩm OCOP / OCOP stamp resolver',
        resolverRoot: baseUrl(),
        supportedPrimaryKeys: ['gtin'],
        supportedLinkType: [{ namespace: 'https://gs1.org/voc/', prefix: 'gs1:' }],
        linkTypeDefaultCanBeLinkset: true,
        supportsLinksetJsonLd: true,
        linksetContext: LINKSET_CONTEXT,
        defaultLinkType: {
          gtin: 'gs1:pip',
          lot: 'gs1:verificationService',
          serial: 'gs1:verificationService',
        },
        compressedUris: true,
        languages: ['vi', 'en'],
        contact: `${baseUrl()}/`,
      }),
  );
  app.options('/.well-known/gs1resolver', { schema: { hide: true } }, options);
  app.get(`${VERIFY_PREFIX}/01/*`, hidden, verificationPage);
  app.get(`${VERIFY_PREFIX}/s/:serial`, hidden, verificationPage);
  await app.register(stampReportRoutes);
}
