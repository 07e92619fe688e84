/**
 * The stamp resolver (GS1 Digital Link): one handler for `/01/<gtin>/10/<lot>/21/<serial>` and
 * `/s/<serial>`. HTML for people, an RFC 9264 linkset for `Accept: application/linkset+json`;
 * 404 when nothing is known, 410 for a deactivated stamp or a revoked certificate, 200 with a
 * warning for an unknown serial of a known product and lot. Answered from the in-process cache
 * (public-cache.ts) or one indexed query; the scan is queued for the buffered writer and never delays the answer.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { parseStampPath } from '../../domain/stamps/digital-link';
import { resolverOutcome } from '../../domain/stamps/stamp-status';
import type { AppInstance } from '../context';
import { resolveStamp } from '../modules/stamps/resolve-stamp';
import { scanRecorderOf } from '../modules/stamps/scan-recorder';
import { stampUriOf } from '../modules/stamps/stamp-uri';
import { publicCachesOf } from './public-cache';
import { escapeHtml, publicPage } from './public-html';
import { certificateStatusOf, renderLinkset, renderStampPage } from './stamp-page';
import { stampReportRoutes } from './stamp-report.routes';
import { resolverGuardOf } from './stamp-resolver-guard';

const LINKSET = 'application/linkset+json';

function wantsLinkset(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes(LINKSET) || accept.includes('application/json');
}

function notFoundAnswer(request: FastifyRequest, reply: FastifyReply) {
  reply.status(404).header('cache-control', 'public, max-age=60');
  if (wantsLinkset(request))
    return reply.type('application/problem+json').send({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      code: 'NOT_FOUND',
      detail: 'Không có tem hay sản phẩm nào ứng với mã này.',
      detailEn: 'No stamp or product is known for this code.',
    });
  return reply.type('text/html; charset=utf-8').send(
    publicPage({
      title: 'Không tìm thấy mã — code not found',
      description: 'Mã không có trong cơ sở dữ liệu OCOP.',
      heading: 'Kiểm tra tem / Stamp check',
      noIndex: true,
      body: `<div class="status" style="background:#3d3a33;color:#fff" role="status">✖ Không tìm thấy — <span lang="en">unknown code</span><small>Mã ${escapeHtml(request.url.split('?')[0] ?? '')} không có trong cơ sở dữ liệu OCOP: sản phẩm mang mã này có thể không phải sản phẩm OCOP.</small><small lang="en">This code is not in the OCOP registry; a product carrying it may not be a certified OCOP product.</small></div>`,
    }),
  );
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
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const key = parseStampPath(path);
    if (!key) return guard.unknownSerial(request, null, notFoundAnswer(request, reply));
    const found = await caches.stamps.getOrLoad(
      JSON.stringify(key),
      async () => (await resolveStamp(app.deps.database.db, key)) ?? null,
    );
    if (!found) return guard.unknownSerial(request, null, notFoundAnswer(request, reply));
    const now = app.deps.clock();
    if (!found.serial) guard.unknownSerial(request, found.provinceUnitId, reply);
    if (found.serial)
      recorder.record({
        serial: found.serial,
        batchId: found.batchId,
        at: now,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
    const outcome = resolverOutcome({
      stampStatus: found.stampStatus ?? undefined,
      certificateStatus: certificateStatusOf(found, now.toISOString().slice(0, 10)),
    });
    reply.status(outcome.httpStatus).header('cache-control', 'no-store').header('vary', 'accept');
    const anchor = found.serial ? stampUriOf(baseUrl(), found, found.serial) : `${baseUrl()}${path}`;
    reply.header(
      'link',
      `<${baseUrl()}/p/${found.productId}>; rel="https://gs1.org/voc/pip", <${anchor}>; rel="linkset"; type="${LINKSET}"`,
    );
    if (wantsLinkset(request))
      return reply.type(LINKSET).send(renderLinkset(found, { anchor, baseUrl: baseUrl(), now }));
    return reply
      .type('text/html; charset=utf-8')
      .send(renderStampPage(found, outcome, { path, now, baseUrl: baseUrl() }));
  };
  app.addHook('onClose', async () => recorder.close());
  app.get('/01/:gtin/10/:lot/21/:serial', { schema: { hide: true }, ...guard.routeOptions }, handler);
  app.get('/s/:serial', { schema: { hide: true }, ...guard.routeOptions }, handler);
  await app.register(stampReportRoutes);
}
