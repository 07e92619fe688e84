import { DomainError } from '../errors';

/**
 * A market-surveillance case (vụ việc giám sát thị trường): a product sold as OCOP that is not,
 * seen at a seller's place. Opened by an inspector or the standing office (often from shoppers'
 * reports of suspected fakes), investigated, then closed with a conclusion.
 */
export const MARKET_CASE_STATUSES = ['open', 'investigated', 'closed'] as const;
export type MarketCaseStatus = (typeof MARKET_CASE_STATUSES)[number];

export const MARKET_CASE_STATUS_LABELS = {
  open: { vi: 'Đang mở', en: 'Open' },
  investigated: { vi: 'Đã xác minh', en: 'Investigated' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
} as const satisfies Record<MarketCaseStatus, { vi: string; en: string }>;

/** How a case ends. */
export const MARKET_CASE_CONCLUSIONS = ['violation_referred', 'violation_remedied', 'no_violation'] as const;
export type MarketCaseConclusion = (typeof MARKET_CASE_CONCLUSIONS)[number];

export const MARKET_CASE_CONCLUSION_LABELS = {
  violation_referred: {
    vi: 'Có vi phạm — chuyển cơ quan có thẩm quyền xử lý',
    en: 'Violation — referred to the competent authority',
  },
  violation_remedied: {
    vi: 'Có vi phạm — người bán đã gỡ bỏ, khắc phục',
    en: 'Violation — the seller removed or corrected it',
  },
  no_violation: { vi: 'Không có vi phạm', en: 'No violation' },
} as const satisfies Record<MarketCaseConclusion, { vi: string; en: string }>;

export const MARKET_CASE_ACTIONS = ['attach', 'link_report', 'investigate', 'close'] as const;
export type MarketCaseAction = (typeof MARKET_CASE_ACTIONS)[number];

/** Actions allowed in each status: a closed case is a record and takes nothing more. */
export const MARKET_CASE_ACTIONS_BY_STATUS = {
  open: ['attach', 'link_report', 'investigate', 'close'],
  investigated: ['attach', 'link_report', 'close'],
  closed: [],
} as const satisfies Record<MarketCaseStatus, readonly MarketCaseAction[]>;

export function canMarketCaseDo(status: MarketCaseStatus, action: MarketCaseAction): boolean {
  return (MARKET_CASE_ACTIONS_BY_STATUS[status] as readonly MarketCaseAction[]).includes(action);
}

/**
 * The status after `action`, or INVALID_TRANSITION when the table does not allow it.
 * @throws DomainError('INVALID_TRANSITION')
 */
export function marketCaseStatusAfter(status: MarketCaseStatus, action: MarketCaseAction): MarketCaseStatus {
  if (!canMarketCaseDo(status, action))
    throw new DomainError(
      'INVALID_TRANSITION',
      `Vụ việc ở trạng thái "${MARKET_CASE_STATUS_LABELS[status].vi}" không cho phép thao tác này.`,
      `A case that is ${MARKET_CASE_STATUS_LABELS[status].en.toLowerCase()} does not allow this.`,
    );
  switch (action) {
    case 'investigate':
      return 'investigated';
    case 'close':
      return 'closed';
    case 'attach':
    case 'link_report':
      return status;
  }
}
