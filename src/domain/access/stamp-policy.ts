import type { Action, Actor } from './permissions';
import { PERMISSIONS } from './permissions';
import type { Role } from './roles';
import { isWithinUnit } from './unit-path';

/** The producer a stamp batch belongs to and the unit of its commune. */
export interface StampScope {
  producerId: string;
  producerUnitPath: string;
}

/**
 * Who may order, read or manage stamps: the action's roles within the unit of the producer's
 * commune (a province's standing office covers its communes); a `producer` grant only for a
 * producer the account is a member of.
 */
export function canActOnStamps(
  actor: Actor,
  action: Extract<Action, 'stamp.order' | 'stamp.read' | 'stamp.manage'>,
  scope: StampScope,
  memberOf: readonly string[],
): boolean {
  if (actor.tokenScopes !== undefined && !actor.tokenScopes.includes(action)) return false;
  const roles: readonly Role[] = PERMISSIONS[action];
  return actor.grants.some((grant) => {
    if (!roles.includes(grant.role) || !isWithinUnit(scope.producerUnitPath, grant.unitPath)) return false;
    return grant.role !== 'producer' || memberOf.includes(scope.producerId);
  });
}
