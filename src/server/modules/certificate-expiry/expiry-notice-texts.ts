import type { ExpiryCertificate } from '../../../db/repositories/certificate-expiry.repository';
import type { CertificateNoticeText } from './notify-certificate-holders';

const vnDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export const EXPIRY_NOTICE_KIND = 'certificate.expiry-notice';
export const CERTIFICATE_EXPIRED_KIND = 'certificate.expired';

/** Thông báo sắp hết hạn — the notice N days before the end date. */
export function expiryNoticeText(c: ExpiryCertificate): CertificateNoticeText {
  return {
    kind: EXPIRY_NOTICE_KIND,
    titleVi: 'Giấy chứng nhận OCOP sắp hết hạn',
    titleEn: 'OCOP certificate about to expire',
    bodyVi:
      `Giấy chứng nhận số ${c.number} của sản phẩm "${c.productName}" (${c.producerName}, ${c.stars} sao) ` +
      `có hiệu lực đến hết ngày ${vnDate(c.validUntil)}. Để giữ công nhận OCOP, chủ thể cần đăng ký đánh giá lại trước ngày này.`,
    bodyEn:
      `Certificate ${c.number} of "${c.productName}" (${c.producerName}, ${c.stars} stars) is valid until ${c.validUntil}. ` +
      `To keep the OCOP recognition, the producer must apply for re-evaluation before then.`,
  };
}

/** Thông báo đã hết hạn — the certificate lapsed without being re-evaluated. */
export function certificateExpiredText(c: ExpiryCertificate): CertificateNoticeText {
  return {
    kind: CERTIFICATE_EXPIRED_KIND,
    titleVi: 'Giấy chứng nhận OCOP đã hết hạn',
    titleEn: 'OCOP certificate expired',
    bodyVi:
      `Giấy chứng nhận số ${c.number} của sản phẩm "${c.productName}" (${c.producerName}) đã hết hiệu lực sau ngày ` +
      `${vnDate(c.validUntil)}. Sản phẩm không còn được công nhận OCOP cho đến khi được đánh giá lại.`,
    bodyEn:
      `Certificate ${c.number} of "${c.productName}" (${c.producerName}) expired after ${c.validUntil}. ` +
      `The product is no longer recognised as OCOP until it is re-evaluated.`,
  };
}
