import { DomainError } from '../errors';

/**
 * Where a product stands in the OCOP cycle (OCOP.md §7–8). The registry only creates products as
 * `registered`; the dossier, certificate and revocation modules move them on with
 * {@link assertProductTransition}.
 */
export const PRODUCT_STATUSES = ['registered', 'in_evaluation', 'certified', 'expired', 'revoked'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export const PRODUCT_STATUS_LABELS = {
  registered: { vi: 'Đã đăng ký', en: 'Registered' },
  in_evaluation: { vi: 'Đang đánh giá', en: 'In evaluation' },
  certified: { vi: 'Đã công nhận OCOP', en: 'Certified' },
  expired: { vi: 'Hết hạn công nhận', en: 'Expired' },
  revoked: { vi: 'Bị thu hồi', en: 'Revoked' },
} as const satisfies Record<ProductStatus, { vi: string; en: string }>;

/**
 * The allowed moves: a dossier submitted → in evaluation; returned or not ranked ≥3★ → back to
 * registered; certified; a certified product is re-evaluated or upgraded (→ in evaluation),
 * expires (36 months) or is revoked; an expired product not re-evaluated may be revoked; an expired
 * or revoked product may enter a new evaluation.
 */
export const PRODUCT_STATUS_TRANSITIONS = {
  registered: ['in_evaluation'],
  in_evaluation: ['registered', 'certified'],
  certified: ['in_evaluation', 'expired', 'revoked'],
  expired: ['in_evaluation', 'revoked'],
  revoked: ['in_evaluation'],
} as const satisfies Record<ProductStatus, readonly ProductStatus[]>;

export function canMoveProduct(from: ProductStatus, to: ProductStatus): boolean {
  return (PRODUCT_STATUS_TRANSITIONS[from] as readonly ProductStatus[]).includes(to);
}

/** Throws `INVALID_TRANSITION` unless `from → to` is in {@link PRODUCT_STATUS_TRANSITIONS}. */
export function assertProductTransition(from: ProductStatus, to: ProductStatus): void {
  if (!canMoveProduct(from, to)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `Sản phẩm đang ở trạng thái "${PRODUCT_STATUS_LABELS[from].vi}", không thể chuyển sang "${PRODUCT_STATUS_LABELS[to].vi}".`,
      `A product that is ${PRODUCT_STATUS_LABELS[from].en.toLowerCase()} cannot become ${PRODUCT_STATUS_LABELS[to].en.toLowerCase()}.`,
    );
  }
}
