import type { UnitPageOutput } from '../../../contracts/units.contracts';
import type { Database } from '../../../db/database';
import { listUnitsPage } from '../../../db/repositories/admin-units.repository';
import type { Actor } from '../../../domain/access/permissions';
import type { IsoDate, UnitLevel } from '../../../domain/admin-units/admin-unit.types';
import { requireUnitReadScope } from './unit-access';
import { presentUnit } from './unit-presenter';

/**
 * Units as of a date: those in force on `asOf`, optionally of one level and/or under one parent,
 * limited to what the actor may see. `FORBIDDEN` when it may read units nowhere.
 */
export async function listUnits(params: {
  db: Database;
  actor: Actor;
  asOf: IsoDate;
  level?: UnitLevel | undefined;
  parentId?: string | undefined;
  limit: number;
  offset: number;
}): Promise<UnitPageOutput> {
  const scope = requireUnitReadScope(params.actor);
  const page = await listUnitsPage(params.db, { ...params, scope });
  return { items: page.items.map(presentUnit), total: page.total };
}
