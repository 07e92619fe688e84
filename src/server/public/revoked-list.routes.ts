/**
 * The public list of revoked OCOP certificates (danh sách sản phẩm bị thu hồi): `/thu-hoi` for
 * people (server-rendered, no JavaScript) and `/open-data/revoked.json` for machines. Shows what
 * the approved revocation decisions say: certificate, product, producer, decision and ground.
 */
import {
  listRevokedCertificates,
  type RevokedCertificate,
} from '../../db/repositories/revocations.repository';
import type { AppInstance } from '../context';
import { escapeHtml, publicPage, starsHtml, vnDate } from './public-html';

const PAGE_SIZE = 100;
const OPEN_DATA_LIMIT = 5000;

function verificationUrl(base: string, number: string): string {
  return `${base}/c/${encodeURIComponent(number)}`;
}

function item(c: RevokedCertificate): string {
  return `<li><strong><a href="/c/${encodeURIComponent(c.number)}">${escapeHtml(c.productName)}</a></strong> ${starsHtml(c.stars)}<br>${escapeHtml(c.producerName)} — ${escapeHtml([c.communeName, c.provinceName].filter(Boolean).join(', '))}<br>Giấy chứng nhận số ${escapeHtml(c.number)} · <strong>Đã bị thu hồi</strong> theo Quyết định ${escapeHtml(c.decisionNumber)} ngày ${vnDate(c.revokedOn)} của ${escapeHtml(c.issuerName)}<br><small>Căn cứ: ${escapeHtml(c.reason)}</small></li>`;
}

/** `/thu-hoi` and `/open-data/revoked.json`. */
export async function revokedListRoutes(app: AppInstance): Promise<void> {
  const baseUrl = () => app.deps.config.publicBaseUrl;
  app.get('/thu-hoi', { schema: { hide: true } }, async (request, reply) => {
    const pageNumber = Math.max(
      1,
      Math.min(10_000, Number((request.query as { trang?: string }).trang) || 1),
    );
    const db = app.deps.database.db;
    const { rows, total } = await listRevokedCertificates(db, {
      limit: PAGE_SIZE,
      offset: (pageNumber - 1) * PAGE_SIZE,
    });
    const list = rows.length
      ? `<ul class="list">${rows.map(item).join('')}</ul>`
      : '<p class="card">Chưa có giấy chứng nhận nào bị thu hồi. <span lang="en">No certificate has been revoked.</span></p>';
    const next =
      pageNumber * PAGE_SIZE < total
        ? `<p><a href="/thu-hoi?trang=${pageNumber + 1}">Trang sau / next page</a></p>`
        : '';
    const html = publicPage({
      title: 'Sản phẩm OCOP bị thu hồi giấy chứng nhận',
      description: `${total} giấy chứng nhận sản phẩm OCOP đã bị thu hồi: quyết định, ngày và căn cứ thu hồi. Revoked OCOP certificates.`,
      canonical: `${baseUrl()}/thu-hoi`,
      heading: 'Sản phẩm bị thu hồi / revoked products',
      body: `<h1>Sản phẩm OCOP bị thu hồi <small lang="en">Revoked OCOP certificates</small></h1><p>${total} giấy chứng nhận / <span lang="en">${total} certificates</span> · <a href="/open-data/revoked.json">Dữ liệu mở / open data (JSON)</a></p>${list}${next}`,
    });
    return reply.header('cache-control', 'public, max-age=60').type('text/html; charset=utf-8').send(html);
  });

  app.get('/open-data/revoked.json', { schema: { hide: true } }, async (_request, reply) => {
    const { rows, total } = await listRevokedCertificates(app.deps.database.db, {
      limit: OPEN_DATA_LIMIT,
      offset: 0,
    });
    return reply
      .header('cache-control', 'public, max-age=60')
      .header('access-control-allow-origin', '*')
      .type('application/json; charset=utf-8')
      .send({
        generatedAt: app.deps.clock().toISOString(),
        total,
        documentation: 'docs/api/open-data.md',
        items: rows.map((c) => ({
          certificateNumber: c.number,
          productName: c.productName,
          producerName: c.producerName,
          commune: c.communeName,
          province: c.provinceName,
          productSet: c.productSet,
          stars: c.stars,
          issuedOn: c.issuedOn,
          revokedOn: c.revokedOn,
          issuer: c.issuerName,
          decisionNumber: c.decisionNumber,
          reason: c.reason,
          verificationUrl: verificationUrl(baseUrl(), c.number),
        })),
      });
  });
}
