import type { GetUnitOutput } from '../../../contracts/units.contracts';
import type { Database } from '../../../db/database';
import { findUnitsByIds } from '../../../db/repositories/admin-units.repository';
import type { Actor } from '../../../domain/access/permissions';
import { pathIds } from '../../../domain/access/unit-path';
import { isVisibleByPath } from '../../../domain/admin-units/unit-visibility';
import { getVisibleUnit, requireUnitReadScope } from './unit-access';
import { presentUnit } from './unit-presenter';

/**
 * One unit with its breadcrumbs (the ancestors the actor may see). Throws `NOT_FOUND`, or
 * `FORBIDDEN` outside the actor's jurisdiction.
 */
export async function getUnit(params: { db: Database; actor: Actor; id: string }): Promise<GetUnitOutput> {
  const scope = requireUnitReadScope(params.actor);
  const unit = await getVisibleUnit(params.db, scope, params.id);
  const ancestorIds = pathIds(unit.path).slice(0, -1);
  const ancestors = new Map((await findUnitsByIds(params.db, ancestorIds)).map((a) => [a.id, a]));
  return {
    ...presentUnit(unit),
    ancestors: ancestorIds
      .map((id) => ancestors.get(id))
      .filter((a) => a !== undefined && isVisibleByPath(scope, a))
      .map((a) => ({ id: a!.id, code: a!.code, name: a!.name, fullName: a!.fullName, level: a!.level })),
  };
}
