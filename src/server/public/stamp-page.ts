/**
 * What the resolver answers: the HTML page a shopper sees after scanning, and the RFC 9264
 * linkset (GS1 Digital Link link types) machines ask for with `Accept: application/linkset+json`.
 */
import { addressWithUnits } from '../../domain/admin-units/unit-names';
import { deriveCertificateStatus } from '../../domain/evaluation/certificate-rules';
import { CERTIFICATE_STATUS_LABELS, type CertificateStatus } from '../../domain/evaluation/evaluation.types';
import { showsPublicCopyWarning } from '../../domain/stamps/copy-flag';
import type { ResolverKey } from '../../domain/stamps/digital-link-request';
import { formatSerialForPrint } from '../../domain/stamps/stamp-serial';
import type { ResolverOutcome } from '../../domain/stamps/stamp-status';
import type { ResolvedStamp } from '../modules/stamps/resolve-stamp';
import { escapeHtml, field, publicPage, starsHtml, vnDate } from './public-html';

const COLORS: Record<CertificateStatus, string> = {
  valid: '#1b7f3b',
  expired: '#8a5a00',
  superseded: '#1f4e9c',
  revoked: '#b3261e',
};

export function certificateStatusOf(r: ResolvedStamp, today: string): CertificateStatus {
  return deriveCertificateStatus(
    { validUntil: r.validUntil, revokedOn: r.revokedOn, supersededOn: r.supersededOn },
    today,
  );
}

function statusBlock(r: ResolvedStamp, status: CertificateStatus, outcome: ResolverOutcome): string {
  const label = CERTIFICATE_STATUS_LABELS[status];
  if (outcome.kind === 'gone' && outcome.reason === 'stamp-deactivated')
    return `<div class="status" style="background:#3d3a33;color:#fff" role="status">✖ Tem đã bị vô hiệu — this stamp has been deactivated<small>Lý do: ${escapeHtml(r.statusReason ?? '')}</small><small lang="en">Reason given by the producer or the OCOP office: ${escapeHtml(r.statusReason ?? '')}</small></div>`;
  const details: Record<CertificateStatus, [string, string]> = {
    valid: [
      `Sản phẩm OCOP ${r.stars} sao, giấy chứng nhận còn hiệu lực đến ${vnDate(r.validUntil)}.`,
      `Certified ${r.stars}-star OCOP product; certificate valid until ${r.validUntil}.`,
    ],
    expired: [
      `Giấy chứng nhận đã hết hạn từ ${vnDate(r.validUntil)}: sản phẩm không còn được công nhận OCOP.`,
      `The certificate expired after ${r.validUntil}: the product is no longer OCOP-certified.`,
    ],
    superseded: [
      `Giấy chứng nhận đã được thay thế ngày ${r.supersededOn ? vnDate(r.supersededOn) : ''}.`,
      `The certificate was superseded on ${r.supersededOn ?? ''}.`,
    ],
    revoked: [
      `Giấy chứng nhận đã bị thu hồi (Quyết định ${r.revocationDecision ?? ''}, ngày ${r.revokedOn ? vnDate(r.revokedOn) : ''}): ${r.revocationReason ?? ''}`,
      `The certificate was revoked by decision ${r.revocationDecision ?? ''} of ${r.revokedOn ?? ''}.`,
    ],
  };
  const [vi, en] = details[status];
  return `<div class="status status-${status}" style="background:${COLORS[status]};color:#fff" role="status">${status === 'valid' ? '✔' : '✖'} ${escapeHtml(label.vi)} — <span lang="en">${escapeHtml(label.en)}</span><small>${escapeHtml(vi)}</small><small lang="en">${escapeHtml(en)}</small></div>`;
}

function warnings(r: ResolvedStamp, outcome: ResolverOutcome): string {
  const out: string[] = [];
  if (outcome.kind === 'unregistered')
    out.push(
      '⚠ Mã này chưa được đăng ký — <span lang="en">this code is not registered</span>. Sản phẩm và lô hàng có thật, nhưng số sê-ri này không phải tem do nhà sản xuất đặt: có thể là tem giả hoặc gõ nhầm. <span lang="en">The product and lot exist, but no stamp with this serial was issued: it may be a fake or a typo.</span>',
    );
  if (showsPublicCopyWarning(r))
    out.push(
      r.copyReview === 'confirmed'
        ? '⚠ Tem sao chép — <span lang="en">copied stamp</span>: cơ quan thường trực OCOP đã xác nhận mã này bị in lại trên hàng khác. Hãy kiểm tra kỹ bao bì và nơi bán. <span lang="en">The OCOP standing office has confirmed that this code was copied onto other goods; check the package and the seller.</span>'
        : '⚠ Nghi tem sao chép — <span lang="en">possible copy</span>: tem này được quét từ nhiều nơi khác nhau trong thời gian ngắn. Hãy kiểm tra kỹ bao bì và báo cho chúng tôi nếu nghi ngờ. <span lang="en">This stamp has been scanned from many different places in a short time; check the package and report it if in doubt.</span>',
    );
  if (r.stampStatus === 'reported')
    out.push(
      '⚠ Tem đang được kiểm tra sau báo cáo nghi giả — <span lang="en">this stamp is under review after a report of a suspected fake</span>.',
    );
  return out.map((w) => `<div class="warn" role="alert">${w}</div>`).join('');
}

/** Times on the page are Vietnam's (Asia/Ho_Chi_Minh), whatever the server's zone. */
const VN_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `dd/MM/yyyy HH:mm` in Vietnam's time zone. */
export function vnDateTime(iso: string): string {
  return VN_TIME.format(new Date(iso)).replace(',', '');
}

function scans(r: ResolvedStamp, now: Date): string {
  if (!r.serial) return '';
  const first = vnDateTime(r.firstScannedAt ?? now.toISOString());
  const count = r.scanCount + 1;
  return `<p class="card">Quét lần đầu lúc ${first} (giờ Việt Nam), đã quét ${count} lần. <span lang="en">First scanned on ${first} (Vietnam time), scanned ${count} time${count === 1 ? '' : 's'}.</span></p>`;
}

/** A labelled value with a stable `data-field` name (Circular 02/2024 consumer fields). */
const cfield = (name: string, vi: string, en: string, value: string): string =>
  `<dt>${vi} / <span lang="en">${en}</span></dt><dd data-field="${name}">${value}</dd>`;

/** The link to the report form, which has a page of its own so that every scan does not carry it. */
function reportLink(path: string): string {
  return `<p class="card"><a href="${stampReportFormHref(path)}">Báo cáo nghi hàng giả / <span lang="en">report a suspected fake</span></a></p>`;
}

/** Where a shopper reports a suspected fake of the stamp at `path` (a Digital Link path). */
export function stampReportFormHref(path: string): string {
  return `/bao-cao-tem?tem=${encodeURIComponent(path)}`;
}

/** The form "report a suspected fake" for one stamp: plain HTML, multipart, an optional photo. */
export function renderStampReportForm(path: string): string {
  return publicPage({
    title: 'Báo cáo nghi hàng giả — OCOP',
    description: 'Báo cáo một tem OCOP nghi là giả cho cơ quan thường trực OCOP.',
    heading: 'Báo cáo nghi giả / Report a fake',
    noIndex: true,
    body: `<h1 style="font-size:1.3rem;margin:8px 0">Báo cáo nghi hàng giả / <span lang="en">report a suspected fake</span></h1>
<p>Tem / <span lang="en">stamp</span>: ${escapeHtml(path)}</p>
<form class="card" method="post" action="/stamp-reports" enctype="multipart/form-data"><input type="hidden" name="stampPath" value="${escapeHtml(path)}">
<label>Điều bạn thấy bất thường / <span lang="en">what looks wrong</span><textarea name="message" required minlength="5" maxlength="2000" rows="3"></textarea></label>
<label>Nơi mua / <span lang="en">where you bought it</span><input name="placeOfPurchase" maxlength="300"></label>
<label>Liên hệ (không bắt buộc) / <span lang="en">contact (optional)</span><input name="contact" maxlength="200"></label>
<label>Ảnh (JPEG, PNG, WebP, ≤ 5 MB) / <span lang="en">photo</span><input type="file" name="photo" accept="image/jpeg,image/png,image/webp"></label>
<button type="submit">Gửi cho cơ quan thường trực OCOP / send to the OCOP office</button></form>`,
  });
}

/** The page for people (`lang`: which language leads; the page always carries both). */
export function renderStampPage(
  r: ResolvedStamp,
  outcome: ResolverOutcome,
  o: { path: string; now: Date; baseUrl: string; lang?: 'vi' | 'en'; requested?: ResolverKey },
): string {
  const status = certificateStatusOf(r, o.now.toISOString().slice(0, 10));
  const location = [r.communeName, r.provinceName].filter(Boolean).join(', ');
  const serial = r.serial ?? (o.requested?.kind === 'short' ? o.requested.serial : o.requested?.serial);
  const photo = r.photoId
    ? `<img data-field="image" src="/p/${r.productId}/photos/${r.photoId}" alt="${escapeHtml(`Ảnh sản phẩm ${r.productName} / product photo`)}" style="max-width:100%;border-radius:12px;margin:0 0 8px">`
    : '';
  const body = `<h1 style="font-size:1.3rem;margin:8px 0" data-field="productName">${escapeHtml(r.productName)}</h1>${photo}${statusBlock(r, status, outcome)}${warnings(r, outcome)}${scans(r, o.now)}
<dl>
${field('Hạng', 'Rating', `${starsHtml(r.stars)} ${r.stars} sao / ${r.stars} stars`)}
${cfield('producerName', 'Chủ thể sản xuất', 'Producer', escapeHtml(r.producerName))}
${cfield('producerAddress', 'Địa chỉ', 'Address', escapeHtml(addressWithUnits(r.producerAddress, [r.communeName, r.provinceName])))}
${cfield('brand', 'Nhãn hiệu', 'Brand', escapeHtml(r.brand ?? r.productName))}
${cfield('serial', 'Số sê-ri', 'Serial number', escapeHtml(serial ? formatSerialForPrint(serial) : '—'))}
${cfield('lot', 'Số lô', 'Lot', escapeHtml(r.lot))}
${cfield('productionDate', 'Thời gian sản xuất', 'Production date', vnDate(r.productionDate))}
${cfield('expiryDate', 'Hạn sử dụng', 'Expiry date', r.expiryDate ? vnDate(r.expiryDate) : 'Không có / <span lang="en">none</span>')}
${cfield('traceCode', 'Mã truy vết', 'Trace code', escapeHtml(`${o.baseUrl}${o.path}`))}
${r.gtin14 ? field('Mã GTIN', 'GTIN', escapeHtml(r.gtin14)) : ''}
${r.packaging ? field('Quy cách', 'Packaging', escapeHtml(r.packaging)) : ''}
${cfield('standards', 'Tiêu chuẩn áp dụng, chứng nhận', 'Standards and certification', `OCOP ${r.stars} sao — <a href="/c/${encodeURIComponent(r.certificateNumber)}">${escapeHtml(r.certificateNumber)}</a> (${escapeHtml(r.issuerName)})`)}
</dl>
${r.productDescription ? `<p class="card">${escapeHtml(r.productDescription)}</p>` : ''}
<p><a href="/p/${r.productId}">Trang sản phẩm / product page →</a></p>
${reportLink(o.path)}`;
  const label = CERTIFICATE_STATUS_LABELS[status];
  return publicPage({
    title:
      o.lang === 'en'
        ? `${r.productName} — OCOP ${r.stars} stars — ${label.en}`
        : `${r.productName} — OCOP ${r.stars} sao — ${label.vi}`,
    description: `Kiểm tra tem OCOP: ${r.productName}, ${r.producerName}, ${location}.`,
    heading: o.lang === 'en' ? 'Stamp check / Kiểm tra tem' : 'Kiểm tra tem / Stamp check',
    body,
    noIndex: true,
    lang: o.lang,
    withoutFormStyles: true,
  });
}
