import { can, type Actor, type Grant } from './permissions';
import { pathIds } from './unit-path';

/** Criteria sheets are national law: only an admin of the nation or of a province loads them. */
function isNationOrProvinceGrant(grant: Grant): boolean {
  return pathIds(grant.unitPath).length <= 2;
}

/**
 * True when the actor may import, publish or delete rubric versions: an `admin` grant at the
 * national or provincial level (a commune admin may not), within the token's scopes if any.
 * Returns the grant that allows it, for the audit row.
 */
export function findRubricManagerGrant(actor: Actor): Grant | undefined {
  return actor.grants.find(
    (grant) => isNationOrProvinceGrant(grant) && can(actor, 'rubric.manage', { unitPath: grant.unitPath }),
  );
}
