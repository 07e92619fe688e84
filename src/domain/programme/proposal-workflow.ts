/**
 * The commune review of product ideas (ý tưởng sản phẩm) and business plans (phương án / dự án sản
 * xuất kinh doanh), as a table (OCOP cycle steps 2–3). Pure.
 *
 *   submitted → accepted | declined | changes_requested;  changes_requested → (edit) → submitted
 *
 * Only accepted ideas form the year's list of registered products and may start a first dossier.
 */
import { DomainError } from '../errors';
import type { ProposalStatus } from './programme.types';

export const PROPOSAL_ACTIONS = ['edit', 'accept', 'request_changes', 'decline', 'start_dossier'] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

/** The review decisions a commune officer takes; each needs a reason except `accept`. */
export const REVIEW_DECISIONS = ['accept', 'request_changes', 'decline'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** What each status allows. Checked by the compiler: every status is listed. */
export const ALLOWED_PROPOSAL_ACTIONS_BY_STATUS = {
  submitted: ['edit', 'accept', 'request_changes', 'decline'],
  changes_requested: ['edit'],
  accepted: ['start_dossier'],
  declined: [],
} as const satisfies Record<ProposalStatus, readonly ProposalAction[]>;

export function isProposalActionAllowed(status: ProposalStatus, action: ProposalAction): boolean {
  return (ALLOWED_PROPOSAL_ACTIONS_BY_STATUS[status] as readonly ProposalAction[]).includes(action);
}

function target(status: ProposalStatus, action: ProposalAction): ProposalStatus {
  switch (action) {
    case 'edit':
      return 'submitted';
    case 'accept':
      return 'accepted';
    case 'request_changes':
      return 'changes_requested';
    case 'decline':
      return 'declined';
    case 'start_dossier':
      return status;
  }
}

/**
 * The status after `action`. An edit of an idea the commune sent back re-submits it.
 * @throws DomainError INVALID_TRANSITION when the status does not allow the action.
 */
export function transitionProposal(status: ProposalStatus, action: ProposalAction): ProposalStatus {
  if (!isProposalActionAllowed(status, action))
    throw new DomainError(
      'INVALID_TRANSITION',
      `Hồ sơ đăng ký đang ở trạng thái "${status}" không cho phép thao tác "${action}".`,
      `A registration in status "${status}" does not allow "${action}".`,
    );
  return target(status, action);
}

/**
 * A reason is required to ask for changes or to decline (the producer must know why).
 * @throws DomainError VALIDATION_FAILED naming `reason`.
 */
export function assertReviewReason(decision: ReviewDecision, reason: string | undefined): void {
  if (decision === 'accept' || (reason ?? '').trim().length > 0) return;
  throw new DomainError(
    'VALIDATION_FAILED',
    'Cần ghi rõ lý do khi đề nghị sửa đổi hoặc không chấp thuận.',
    'A reason is required to ask for changes or to decline.',
    [{ field: 'reason', messageVi: 'Cần ghi lý do', messageEn: 'Reason required' }],
  );
}
