/**
 * The recognition decision (quyết định công nhận) workflow as a table. The standing office drafts
 * a decision; the leader approves it (certificates are issued) or returns it with a reason; the
 * office amends the returned draft and resubmits it, and it is with the leader again. Pure.
 *
 *   draft → approved;   draft → returned → (amend…) → draft
 */
import { DomainError } from '../errors';

export const DECISION_STATUSES = ['draft', 'returned', 'approved'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const DECISION_STATUS_LABELS = {
  draft: { vi: 'Dự thảo, chờ lãnh đạo phê duyệt', en: 'Draft awaiting approval' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
} as const satisfies Record<DecisionStatus, { vi: string; en: string }>;

export const DECISION_ACTIONS = ['approve', 'return', 'amend', 'resubmit'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** What each status allows. The office may correct a draft still with the leader, or a returned one. */
export const ALLOWED_DECISION_ACTIONS_BY_STATUS = {
  draft: ['approve', 'return', 'amend'],
  returned: ['amend', 'resubmit'],
  approved: [],
} as const satisfies Record<DecisionStatus, readonly DecisionAction[]>;

const DECISION_TARGET = {
  approve: 'approved',
  return: 'returned',
  amend: null,
  resubmit: 'draft',
} as const satisfies Record<DecisionAction, DecisionStatus | null>;

export function isDecisionActionAllowed(status: DecisionStatus, action: DecisionAction): boolean {
  return (ALLOWED_DECISION_ACTIONS_BY_STATUS[status] as readonly DecisionAction[]).includes(action);
}

const ACTION_LABELS = {
  approve: { vi: 'phê duyệt', en: 'approve' },
  return: { vi: 'trả lại', en: 'return' },
  amend: { vi: 'sửa dự thảo', en: 'amend' },
  resubmit: { vi: 'trình lại', en: 'resubmit' },
} as const satisfies Record<DecisionAction, { vi: string; en: string }>;

/**
 * The status after `action` (amending keeps it).
 * @throws DomainError INVALID_TRANSITION (409) when the status does not allow the action — e.g.
 *   approving a returned decision before the office resubmits it.
 */
export function transitionDecision(status: DecisionStatus, action: DecisionAction): DecisionStatus {
  if (!isDecisionActionAllowed(status, action))
    throw new DomainError(
      'INVALID_TRANSITION',
      `Quyết định đang ở trạng thái "${DECISION_STATUS_LABELS[status].vi}", không thể ${ACTION_LABELS[action].vi}.`,
      `The decision is "${DECISION_STATUS_LABELS[status].en}"; it cannot be ${ACTION_LABELS[action].en}d.`,
      undefined,
      { currentStatus: status, action },
    );
  return DECISION_TARGET[action] ?? status;
}
