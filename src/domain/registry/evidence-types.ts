/**
 * Document types of the evidence library (thư viện minh chứng). Each document belongs to a
 * producer (optionally to one product) and is reused across dossiers.
 */
export const EVIDENCE_TYPES = [
  'business_registration',
  'food_safety_eligibility',
  'quality_declaration',
  'test_report',
  'trademark_ip',
  'environmental_dossier',
  'supply_contract',
  'qms_certificate',
  'photo',
  'other',
] as const;

export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const EVIDENCE_TYPE_LABELS = {
  business_registration: { vi: 'Giấy chứng nhận đăng ký kinh doanh', en: 'Business registration' },
  food_safety_eligibility: {
    vi: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    en: 'Food-safety eligibility certificate',
  },
  quality_declaration: { vi: 'Bản tự công bố / công bố chất lượng sản phẩm', en: 'Quality declaration' },
  test_report: { vi: 'Phiếu kết quả kiểm nghiệm', en: 'Test report' },
  trademark_ip: { vi: 'Giấy chứng nhận nhãn hiệu / sở hữu trí tuệ', en: 'Trademark / IP certificate' },
  environmental_dossier: { vi: 'Hồ sơ môi trường', en: 'Environmental dossier' },
  supply_contract: { vi: 'Hợp đồng liên kết, cung ứng', en: 'Supply contract' },
  qms_certificate: {
    vi: 'Chứng nhận hệ thống quản lý chất lượng (ISO, HACCP, VietGAP…)',
    en: 'QMS certificate (ISO, HACCP, VietGAP…)',
  },
  photo: { vi: 'Ảnh sản phẩm, cơ sở sản xuất', en: 'Photo' },
  other: { vi: 'Tài liệu khác', en: 'Other document' },
} as const satisfies Record<EvidenceType, { vi: string; en: string }>;

/** Days before `validUntil` when a document starts to be flagged as expiring soon. */
export const DEFAULT_EXPIRY_WARNING_DAYS = 30;

export type EvidenceValidity = 'valid' | 'expiring_soon' | 'expired' | 'no_expiry';

const DAY_MS = 86_400_000;

function isoDay(value: string): number {
  return Date.parse(`${value}T00:00:00Z`);
}

/**
 * The validity of a document on `today` (both ISO dates): expired after `validUntil`, expiring
 * soon within `warningDays` of it (inclusive), else valid; `no_expiry` without a date.
 */
export function evidenceValidity(
  validUntil: string | null,
  today: string,
  warningDays = DEFAULT_EXPIRY_WARNING_DAYS,
): EvidenceValidity {
  if (!validUntil) return 'no_expiry';
  const daysLeft = Math.round((isoDay(validUntil) - isoDay(today)) / DAY_MS);
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= warningDays) return 'expiring_soon';
  return 'valid';
}

/** The last `validUntil` still counted as expiring soon on `today` (for list filters). */
export function expiryWarningHorizon(today: string, warningDays = DEFAULT_EXPIRY_WARNING_DAYS): string {
  return new Date(isoDay(today) + warningDays * DAY_MS).toISOString().slice(0, 10);
}
