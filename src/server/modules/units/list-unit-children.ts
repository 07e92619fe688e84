import type { UnitPageOutput } from '../../../contracts/units.contracts';
import type { Database } from '../../../db/database';
import { listUnitsPage } from '../../../db/repositories/admin-units.repository';
import type { Actor } from '../../../domain/access/permissions';
import type { IsoDate } from '../../../domain/admin-units/admin-unit.types';
import { getVisibleUnit, requireUnitReadScope } from './unit-access';
import { presentUnit } from './unit-presenter';

/**
 * The children of a unit in force on `asOf`, those the actor may see (a commune officer looking at
 * its province sees only its commune). Throws `NOT_FOUND` / `FORBIDDEN` for the parent.
 */
export async function listUnitChildren(params: {
  db: Database;
  actor: Actor;
  id: string;
  asOf: IsoDate;
  limit: number;
  offset: number;
}): Promise<UnitPageOutput> {
  const scope = requireUnitReadScope(params.actor);
  const parent = await getVisibleUnit(params.db, scope, params.id);
  const page = await listUnitsPage(params.db, {
    scope,
    asOf: params.asOf,
    parentId: parent.id,
    limit: params.limit,
    offset: params.offset,
  });
  return { items: page.items.map(presentUnit), total: page.total };
}
