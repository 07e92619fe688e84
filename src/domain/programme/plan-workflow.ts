/**
 * The yearly plan (kế hoạch OCOP) as a table. Pure.
 *
 *   draft → (approve) → approved → (amend) → amending → (approve) → approved …
 *
 * Each approval freezes the content as version 1, 2, …; an amendment edits a working copy while the
 * approved versions stay readable. Targets and progress read the last approved version.
 */
import { DomainError } from '../errors';
import type { PlanStatus } from './programme.types';

export const PLAN_ACTIONS = ['edit', 'approve', 'amend'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export const ALLOWED_PLAN_ACTIONS_BY_STATUS = {
  draft: ['edit', 'approve'],
  approved: ['amend'],
  amending: ['edit', 'approve'],
} as const satisfies Record<PlanStatus, readonly PlanAction[]>;

export function isPlanActionAllowed(status: PlanStatus, action: PlanAction): boolean {
  return (ALLOWED_PLAN_ACTIONS_BY_STATUS[status] as readonly PlanAction[]).includes(action);
}

/**
 * The status after `action`.
 * @throws DomainError INVALID_TRANSITION when the status does not allow the action.
 */
export function transitionPlan(status: PlanStatus, action: PlanAction): PlanStatus {
  if (!isPlanActionAllowed(status, action))
    throw new DomainError(
      'INVALID_TRANSITION',
      `Kế hoạch đang ở trạng thái "${status}" không cho phép thao tác "${action}".`,
      `A plan in status "${status}" does not allow "${action}".`,
    );
  switch (action) {
    case 'edit':
      return status;
    case 'approve':
      return 'approved';
    case 'amend':
      return 'amending';
  }
}
