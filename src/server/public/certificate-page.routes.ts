/**
 * Public certificate verification page `/c/<number>` (tra cứu giấy chứng nhận): no login, no
 * JavaScript, server-rendered, small and mobile-first, answered from one indexed query on the
 * unique certificate number, kept briefly in the in-process cache (public-cache.ts). Shows only public fields (no personal data); the status is derived
 * from the dates and recorded events and shown unmistakably.
 */
import { z } from 'zod';
import { deriveCertificateStatus } from '../../domain/evaluation/certificate-rules';
import { CERTIFICATE_STATUS_LABELS, type CertificateStatus } from '../../domain/evaluation/evaluation.types';
import { certificateLegalBasisOf } from '../../domain/rubric/legal-basis';
import type { AppInstance } from '../context';
import { findCertificateByNumber, type CertificateLookup } from './certificate-lookup';
import { answerKeyOf, keptAnswersOf } from './kept-answers';
import { publicCachesOf } from './public-cache';

const DAY_MS = 86_400_000;

const COLORS: Record<CertificateStatus, { bg: string; fg: string; icon: string }> = {
  valid: { bg: '#1b7f3b', fg: '#fff', icon: '✔' },
  expired: { bg: '#8a5a00', fg: '#fff', icon: '⌛' },
  superseded: { bg: '#1f4e9c', fg: '#fff', icon: '↻' },
  revoked: { bg: '#b3261e', fg: '#fff', icon: '✖' },
};

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const vnDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f4ef;color:#1d1b16;line-height:1.45}
main{max-width:560px;margin:0 auto;padding:16px}
header{font-weight:700;color:#b3261e;letter-spacing:.04em}
.status{border-radius:12px;padding:16px;margin:12px 0;font-size:1.35rem;font-weight:700}
.status small{display:block;font-size:.95rem;font-weight:500;opacity:.95}
dl{background:#fff;border-radius:12px;padding:12px 16px;margin:0}
dt{font-size:.8rem;color:#5f5b52;margin-top:8px}dd{margin:0;font-weight:600}
.stars{color:#d4a017;font-size:1.4rem;letter-spacing:2px}
footer{font-size:.8rem;color:#5f5b52;margin-top:16px}
</style></head><body><main><header>OCOP · Tra cứu giấy chứng nhận / Certificate check</header>${body}
<footer>Nguồn: cơ sở dữ liệu chứng nhận OCOP. Source: the OCOP certificate registry.</footer></main></body></html>`;
}

function statusBlock(status: CertificateStatus, detailVi: string, detailEn: string): string {
  const c = COLORS[status];
  const label = CERTIFICATE_STATUS_LABELS[status];
  return `<div class="status status-${status}" style="background:${c.bg};color:${c.fg}" role="status">${c.icon} ${escapeHtml(label.vi)} — ${escapeHtml(label.en)}<small>${escapeHtml(detailVi)}</small><small lang="en">${escapeHtml(detailEn)}</small></div>`;
}

/** GET /c/:number — the verification page; 404 with a clear page for unknown numbers. */
export async function certificatePageRoutes(app: AppInstance): Promise<void> {
  const certificates = publicCachesOf(app.deps).certificates;
  // The page of a cached look-up (replaced, not mutated, when it changes) for the day it was
  // rendered on (the status follows the date), kept whole (kept-answers.ts): a busy certificate is
  // rendered once a day or per cache entry, and sent again by the route or the front door.
  const kept = keptAnswersOf(app.deps);
  app.get(
    '/c/:number',
    { schema: { hide: true, params: z.object({ number: z.string().max(64) }) } },
    async (request, reply) => {
      const number = request.params.number.trim().toUpperCase();
      const row = await certificates.getOrLoad(number, () =>
        findCertificateByNumber(app.deps.database.db, number),
      );
      reply.header('cache-control', 'public, max-age=60').type('text/html; charset=utf-8');
      if (!row) {
        return reply
          .status(404)
          .send(
            layout(
              'Không tìm thấy giấy chứng nhận',
              `<div class="status" style="background:#3d3a33;color:#fff" role="status">Không tìm thấy — this certificate is not in the registry<small>Số ${escapeHtml(number)} không có trong cơ sở dữ liệu chứng nhận OCOP. Sản phẩm ghi số này có thể không phải sản phẩm OCOP được công nhận.</small><small lang="en">Number ${escapeHtml(number)} is not in the OCOP registry; a product showing it may not be a certified OCOP product.</small></div>`,
            ),
          );
      }
      const now = app.deps.clock();
      const key = answerKeyOf(request.url, request.headers);
      const known = kept.get(key, now.getTime());
      if (known?.body) return reply.send(known.body);
      const page = Buffer.from(renderCertificate(row, now.toISOString().slice(0, 10)));
      kept.keep(
        key,
        {
          read: [[certificates, number, row]],
          status: 200,
          headers: {},
          body: page,
          until: (Math.floor(now.getTime() / DAY_MS) + 1) * DAY_MS,
        },
        reply.raw,
      );
      return reply.send(page);
    },
  );
}

/** The page of a known certificate on `today`. */
function renderCertificate(row: CertificateLookup, today: string): string {
  const c = row.c;
  const status = deriveCertificateStatus(c, today);
  const details: Record<CertificateStatus, [string, string]> = {
    valid: [`Có giá trị đến hết ngày ${vnDate(c.validUntil)}.`, `Valid until ${c.validUntil}.`],
    expired: [
      `Đã hết hạn từ ngày ${vnDate(c.validUntil)}; sản phẩm không còn được công nhận OCOP theo giấy này.`,
      `Expired after ${c.validUntil}; this certificate no longer recognises the product.`,
    ],
    superseded: [
      `Đã được thay thế${row.successorNumber ? ` bởi giấy số ${row.successorNumber}` : ''} ngày ${c.supersededOn ? vnDate(c.supersededOn) : ''}.`,
      `Superseded${row.successorNumber ? ` by ${row.successorNumber}` : ''} on ${c.supersededOn ?? ''}.`,
    ],
    revoked: [
      `Bị thu hồi theo Quyết định ${c.revocation?.decisionNumber ?? ''} ngày ${c.revocation ? vnDate(c.revocation.decisionDate) : ''}: ${c.revocation?.reason ?? ''}`,
      `Revoked by decision ${c.revocation?.decisionNumber ?? ''} of ${c.revocation?.decisionDate ?? ''}.`,
    ],
  };
  const [vi, en] = details[status];
  // The decision in force on the issue date: a certificate issued before 24/02/2023 reads 1048.
  const legalBasis = certificateLegalBasisOf(c.issuedOn);
  const successorLink =
    status === 'superseded' && row.successorNumber
      ? `<p><a href="/c/${encodeURIComponent(row.successorNumber)}">Xem giấy chứng nhận mới / see the new certificate →</a></p>`
      : '';
  const field = (vi: string, en: string, value: string): string => `<dt>${vi} / ${en}</dt><dd>${value}</dd>`;
  return layout(
    `${c.productName} — OCOP ${c.stars} sao — ${CERTIFICATE_STATUS_LABELS[status].vi}`,
    `<h1 style="font-size:1.3rem;margin:8px 0">${escapeHtml(c.productName)}</h1>${statusBlock(status, vi, en)}${successorLink}
<dl>
${field('Số giấy chứng nhận', 'Certificate number', escapeHtml(c.number))}
${field('Hạng', 'Rating', `<span class="stars" aria-label="${c.stars} sao">${'★'.repeat(c.stars)}</span> ${c.stars} sao / ${c.stars} stars`)}
${field('Chủ thể', 'Producer', escapeHtml(c.producerName))}
${field('Địa chỉ', 'Location', escapeHtml([c.communeName, c.provinceName].filter(Boolean).join(', ')))}
${field('Bộ sản phẩm', 'Product set', String(c.productSet))}
${field('Ngày cấp', 'Issued', vnDate(c.issuedOn))}
${field('Hiệu lực đến', 'Valid until', vnDate(c.validUntil))}
${field('Cơ quan cấp', 'Issued by', escapeHtml(c.issuerName))}
${field('Quyết định', 'Decision', `${escapeHtml(c.decisionNumber)} (${vnDate(c.decisionDate)})`)}
${legalBasis ? field('Căn cứ đánh giá, phân hạng', 'Legal basis', `${escapeHtml(legalBasis.textVi)}<br><span lang="en">${escapeHtml(legalBasis.textEn)}</span>`) : ''}
</dl>`,
  );
}
