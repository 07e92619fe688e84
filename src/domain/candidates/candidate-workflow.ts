/**
 * Ứng viên sản phẩm 5 sao — a product the province prepares for the central (5★) evaluation:
 * proposed (from a ≥ 90-point result or by decision) → supported (a support plan is recorded) →
 * submitted (its dossier went to the central evaluation) → evaluated (the central result is in);
 * or dropped at any point before the result. The workflow is this table. Pure.
 */
import { DomainError } from '../errors';

export const CANDIDATE_STATUSES = ['proposed', 'supported', 'submitted', 'evaluated', 'dropped'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** What the standing office may do to a candidate. `plan-support` records or revises the plan. */
export const CANDIDATE_ACTIONS = ['plan-support', 'submit', 'record-result', 'drop'] as const;
export type CandidateAction = (typeof CANDIDATE_ACTIONS)[number];

/** The only way to choose a candidate: from a ≥ 90-point result, or by the province's decision. */
export const CANDIDATE_ORIGINS = ['suggestion', 'decision'] as const;
export type CandidateOrigin = (typeof CANDIDATE_ORIGINS)[number];

/** Next status for each action allowed in a status; a missing action is not allowed there. */
export const CANDIDATE_TRANSITIONS = {
  proposed: { 'plan-support': 'supported', drop: 'dropped' },
  supported: { 'plan-support': 'supported', submit: 'submitted', drop: 'dropped' },
  submitted: { 'record-result': 'evaluated', drop: 'dropped' },
  evaluated: {},
  dropped: {},
} as const satisfies Record<CandidateStatus, Partial<Record<CandidateAction, CandidateStatus>>>;

/** Vietnamese (and English) names of the statuses, for answers and screens. */
export const CANDIDATE_STATUS_LABELS = {
  proposed: { vi: 'Đề xuất', en: 'Proposed' },
  supported: { vi: 'Đang hỗ trợ', en: 'Being supported' },
  submitted: { vi: 'Đã gửi đánh giá Trung ương', en: 'Submitted to the central evaluation' },
  evaluated: { vi: 'Đã có kết quả Trung ương', en: 'Central result in' },
  dropped: { vi: 'Dừng hỗ trợ', en: 'Dropped' },
} as const satisfies Record<CandidateStatus, { vi: string; en: string }>;

/** The actions allowed in `status`, in table order. */
export function allowedCandidateActions(status: CandidateStatus): CandidateAction[] {
  return Object.keys(CANDIDATE_TRANSITIONS[status]) as CandidateAction[];
}

/**
 * The status after `action`.
 * @throws INVALID_TRANSITION when the table does not allow `action` in `status`.
 */
export function nextCandidateStatus(status: CandidateStatus, action: CandidateAction): CandidateStatus {
  const next = (CANDIDATE_TRANSITIONS[status] as Partial<Record<CandidateAction, CandidateStatus>>)[action];
  if (next) return next;
  const label = CANDIDATE_STATUS_LABELS[status];
  throw new DomainError(
    'INVALID_TRANSITION',
    `Không thể thực hiện thao tác này khi ứng viên ở trạng thái "${label.vi}".`,
    `This action is not allowed while the candidate is "${label.en}".`,
  );
}
