import { DomainError } from '../errors';

/**
 * The revocation workflow as tables (OCOP.md §12). A proposal (đề nghị thu hồi) comes from an
 * inspection, the standing office, or the bulk "expired and not re-evaluated" list; the standing
 * office puts proposals into a draft decision; the leader approves it (the certificates are revoked)
 * or returns it with a reason (its proposals are open again).
 */
export const PROPOSAL_STATUSES = ['proposed', 'in_decision', 'revoked', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS = {
  proposed: { vi: 'Đề nghị thu hồi', en: 'Proposed' },
  in_decision: { vi: 'Đang dự thảo quyết định', en: 'In a draft decision' },
  revoked: { vi: 'Đã thu hồi', en: 'Revoked' },
  withdrawn: { vi: 'Đã rút đề nghị', en: 'Withdrawn' },
} as const satisfies Record<ProposalStatus, { vi: string; en: string }>;

export const PROPOSAL_TRANSITIONS = {
  proposed: ['in_decision', 'withdrawn'],
  /** Back to proposed when the leader returns the decision. */
  in_decision: ['proposed', 'revoked'],
  revoked: [],
  withdrawn: [],
} as const satisfies Record<ProposalStatus, readonly ProposalStatus[]>;

export const REVOCATION_DECISION_STATUSES = ['draft', 'approved', 'returned'] as const;
export type RevocationDecisionStatus = (typeof REVOCATION_DECISION_STATUSES)[number];

export const REVOCATION_DECISION_STATUS_LABELS = {
  draft: { vi: 'Dự thảo, chờ lãnh đạo phê duyệt', en: 'Draft awaiting approval' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
} as const satisfies Record<RevocationDecisionStatus, { vi: string; en: string }>;

export const REVOCATION_DECISION_TRANSITIONS = {
  draft: ['approved', 'returned'],
  approved: [],
  returned: [],
} as const satisfies Record<RevocationDecisionStatus, readonly RevocationDecisionStatus[]>;

export function canMoveProposal(from: ProposalStatus, to: ProposalStatus): boolean {
  return (PROPOSAL_TRANSITIONS[from] as readonly ProposalStatus[]).includes(to);
}

export function canMoveRevocationDecision(
  from: RevocationDecisionStatus,
  to: RevocationDecisionStatus,
): boolean {
  return (REVOCATION_DECISION_TRANSITIONS[from] as readonly RevocationDecisionStatus[]).includes(to);
}

/** Throws INVALID_TRANSITION unless the proposal may go from `from` to `to`. */
export function assertProposalTransition(from: ProposalStatus, to: ProposalStatus): void {
  if (!canMoveProposal(from, to))
    throw new DomainError(
      'INVALID_TRANSITION',
      `Đề nghị thu hồi đang ở trạng thái "${PROPOSAL_STATUS_LABELS[from].vi}", không thể chuyển sang "${PROPOSAL_STATUS_LABELS[to].vi}".`,
      `A revocation proposal that is ${PROPOSAL_STATUS_LABELS[from].en.toLowerCase()} cannot become ${PROPOSAL_STATUS_LABELS[to].en.toLowerCase()}.`,
    );
}

/** Throws INVALID_TRANSITION unless the decision may go from `from` to `to`. */
export function assertRevocationDecisionTransition(
  from: RevocationDecisionStatus,
  to: RevocationDecisionStatus,
): void {
  if (!canMoveRevocationDecision(from, to))
    throw new DomainError(
      'INVALID_TRANSITION',
      `Quyết định thu hồi đang ở trạng thái "${REVOCATION_DECISION_STATUS_LABELS[from].vi}", không thể chuyển sang "${REVOCATION_DECISION_STATUS_LABELS[to].vi}".`,
      `A revocation decision that is ${REVOCATION_DECISION_STATUS_LABELS[from].en.toLowerCase()} cannot become ${REVOCATION_DECISION_STATUS_LABELS[to].en.toLowerCase()}.`,
    );
}

/**
 * What revoking a certificate does to its product: a certified or expired product becomes
 * revoked; a product already in a new evaluation (or revoked) keeps its status.
 */
export function productStatusAfterRevocation<S extends string>(current: S): S | 'revoked' {
  return current === 'certified' || current === 'expired' ? 'revoked' : current;
}
