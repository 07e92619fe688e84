/**
 * Who may see and act on product ideas, business plans and yearly plans, as rules over grants.
 * Pure. Reads are answered 404 outside the actor's reach, so records do not leak across units.
 *
 * - Ideas and business plans: the producer's members (producer grant over the commune), the commune
 *   officer of the commune (may also register for a producer), the province and central standing
 *   office and leaders (read). Only the commune officer reviews.
 * - Yearly plans: read within the unit subtree (a province sees its communes', the central office
 *   every province's) and above it (a commune reads its province's plan); drafted and amended by the
 *   unit's own commune officer or standing office; approved by the unit's own leader.
 */
import { PERMISSIONS, type Action, type Actor } from '../access/permissions';
import type { Role } from '../access/roles';
import { isWithinUnit } from '../access/unit-path';

function isScopeAllowed(actor: Actor, action: Action): boolean {
  return actor.tokenScopes === undefined || actor.tokenScopes.includes(action);
}

function rolesOf(action: Action): readonly Role[] {
  return PERMISSIONS[action];
}

/** A proposal (idea or business plan) as the policy sees it. */
export interface ProposalScope {
  producerId: string;
  /** Path of the producer's commune. */
  unitPath: string;
}

/** True when a grant for `action` covers the proposal: producers need membership of its producer. */
export function canOnProposal(
  actor: Actor,
  action: Extract<Action, 'idea.read' | 'idea.manage' | 'idea.review'>,
  proposal: ProposalScope,
  memberOf: readonly string[],
): boolean {
  if (!isScopeAllowed(actor, action)) return false;
  return actor.grants.some((grant) => {
    if (!rolesOf(action).includes(grant.role) || !isWithinUnit(proposal.unitPath, grant.unitPath))
      return false;
    return grant.role !== 'producer' || memberOf.includes(proposal.producerId);
  });
}

/** The SQL filter of a proposal list: the actor's producers, plus unit subtrees of its other grants. */
export interface ProposalListScope {
  producerIds: string[];
  unitPaths: string[];
}

export function proposalListScope(actor: Actor, memberOf: readonly string[]): ProposalListScope {
  if (!isScopeAllowed(actor, 'idea.read')) return { producerIds: [], unitPaths: [] };
  const roles = rolesOf('idea.read');
  const grants = actor.grants.filter((g) => roles.includes(g.role));
  return {
    producerIds: grants.some((g) => g.role === 'producer') ? [...memberOf] : [],
    unitPaths: grants.filter((g) => g.role !== 'producer').map((g) => g.unitPath),
  };
}

/** A yearly plan as the policy sees it. */
export interface PlanScope {
  unitId: string;
  unitPath: string;
}

/** Read: within the actor's units (below) or a unit above one of them (its province, the nation). */
export function canReadPlan(actor: Actor, plan: PlanScope): boolean {
  if (!isScopeAllowed(actor, 'plan.read')) return false;
  return actor.grants.some(
    (g) =>
      rolesOf('plan.read').includes(g.role) &&
      (isWithinUnit(plan.unitPath, g.unitPath) || isWithinUnit(g.unitPath, plan.unitPath)),
  );
}

/** Draft, amend, record values (`plan.manage`) or approve (`plan.approve`): a grant in the plan's own unit. */
export function canActOnPlan(
  actor: Actor,
  action: Extract<Action, 'plan.manage' | 'plan.approve'>,
  plan: PlanScope,
): boolean {
  if (!isScopeAllowed(actor, action)) return false;
  return actor.grants.some((g) => rolesOf(action).includes(g.role) && g.unitId === plan.unitId);
}

/** The SQL filter of a plan list: unit subtrees of the actor's grants, plus the units above them. */
export function planListPaths(actor: Actor): string[] {
  if (!isScopeAllowed(actor, 'plan.read')) return [];
  return actor.grants.filter((g) => rolesOf('plan.read').includes(g.role)).map((g) => g.unitPath);
}
