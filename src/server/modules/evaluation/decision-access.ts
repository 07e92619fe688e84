/** Who may see and act on a recognition decision: the issuing unit's standing office and leaders. */
import type { Database } from '../../../db/database';
import {
  findDecisionWithUnit,
  type AdminUnitRow,
  type DecisionRow,
} from '../../../db/repositories/decisions.repository';
import { can, type Action, type Actor } from '../../../domain/access/permissions';
import { forbidden, notFound } from '../../../domain/errors';

/** Readers of a unit's decisions, and those who draft or approve them. */
export function canSeeDecisions(actor: Actor, unitPath: string): boolean {
  return (['decision.read', 'decision.draft', 'decision.approve'] as const).some((action) =>
    can(actor, action, { unitPath }),
  );
}

/**
 * The decision, if the actor may `action` it: NOT_FOUND when the actor cannot see the issuing
 * unit's decisions (another province), FORBIDDEN when it sees them but may not `action`.
 */
export async function decisionToAct(
  db: Database,
  actor: Actor,
  decisionId: string,
  action: Action,
): Promise<{ decision: DecisionRow; unit: AdminUnitRow }> {
  const found = await findDecisionWithUnit(db, decisionId);
  if (!found || !canSeeDecisions(actor, found.unit.path)) throw notFound('quyết định', 'Decision');
  if (!can(actor, action, { unitPath: found.unit.path })) throw forbidden();
  return found;
}
