/**
 * Evaluation round (đợt đánh giá) and score sheet (phiếu chấm điểm) workflows as tables
 * (OpenCRVS style): which actions each status allows, and one transition function each. Pure.
 *
 *   round: draft → open → closed → adopted;   closed → open (re-scoring requested);
 *          draft | open → cancelled
 *   sheet: draft → submitted;   submitted → (re-score) a new draft version, the old one stays
 */
import { DomainError } from '../errors';

export const ROUND_STATUSES = ['draft', 'open', 'closed', 'adopted', 'cancelled'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ROUND_STATUS_LABELS = {
  draft: { vi: 'Đang chuẩn bị', en: 'In preparation' },
  open: { vi: 'Đang chấm điểm', en: 'Scoring open' },
  closed: { vi: 'Đã kết thúc chấm', en: 'Scoring closed' },
  adopted: { vi: 'Đã thông qua kết quả', en: 'Results adopted' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
} as const satisfies Record<RoundStatus, { vi: string; en: string }>;

export const ROUND_ACTIONS = [
  'edit',
  'open',
  'declare_conflict',
  'score',
  'request_rescore',
  'close_scoring',
  'adopt',
  'cancel',
] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

/** What each round status allows. Checked by the compiler: every status is listed. */
export const ALLOWED_ROUND_ACTIONS_BY_STATUS = {
  draft: ['edit', 'open', 'cancel'],
  open: ['declare_conflict', 'score', 'request_rescore', 'close_scoring', 'cancel'],
  closed: ['request_rescore', 'adopt'],
  adopted: [],
  cancelled: [],
} as const satisfies Record<RoundStatus, readonly RoundAction[]>;

const ROUND_TARGET = {
  edit: null,
  open: 'open',
  declare_conflict: null,
  score: null,
  request_rescore: 'open',
  close_scoring: 'closed',
  adopt: 'adopted',
  cancel: 'cancelled',
} as const satisfies Record<RoundAction, RoundStatus | null>;

export function isRoundActionAllowed(status: RoundStatus, action: RoundAction): boolean {
  return (ALLOWED_ROUND_ACTIONS_BY_STATUS[status] as readonly RoundAction[]).includes(action);
}

/**
 * The status after `action`; actions that do not move the round keep its status.
 * @throws DomainError INVALID_TRANSITION when the status does not allow the action.
 */
export function transitionRound(status: RoundStatus, action: RoundAction): RoundStatus {
  if (!isRoundActionAllowed(status, action))
    throw new DomainError(
      'INVALID_TRANSITION',
      `Đợt đánh giá đang ở trạng thái "${ROUND_STATUS_LABELS[status].vi}", không thể thực hiện: ${action}.`,
      `The round is "${ROUND_STATUS_LABELS[status].en}"; "${action}" is not allowed.`,
      undefined,
      { currentStatus: status, action },
    );
  return ROUND_TARGET[action] ?? status;
}

export const SHEET_STATUSES = ['draft', 'submitted'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

export const SHEET_ACTIONS = ['save', 'submit', 'rescore'] as const;
export type SheetAction = (typeof SHEET_ACTIONS)[number];

/** What each sheet status allows: drafts are saved and submitted; submitted sheets are frozen. */
export const ALLOWED_SHEET_ACTIONS_BY_STATUS = {
  draft: ['save', 'submit'],
  submitted: ['rescore'],
} as const satisfies Record<SheetStatus, readonly SheetAction[]>;

/**
 * The status after `action` on the current version. `rescore` leaves the submitted version as it
 * is and starts a new draft version (returned status: 'draft' of the new version).
 * @throws DomainError INVALID_TRANSITION
 */
export function transitionSheet(status: SheetStatus, action: SheetAction): SheetStatus {
  if (!(ALLOWED_SHEET_ACTIONS_BY_STATUS[status] as readonly SheetAction[]).includes(action))
    throw new DomainError(
      'INVALID_TRANSITION',
      status === 'submitted'
        ? 'Phiếu chấm đã nộp, không sửa được; hãy chấm lại (phiên bản mới).'
        : 'Phiếu chấm chưa nộp.',
      status === 'submitted'
        ? 'The sheet is submitted and frozen; re-score to create a new version.'
        : 'The sheet is not submitted yet.',
      undefined,
      { currentStatus: status, action },
    );
  return action === 'submit' ? 'submitted' : 'draft';
}
