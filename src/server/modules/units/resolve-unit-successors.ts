import type { ResolveUnitSuccessorsOutput } from '../../../contracts/units.contracts';
import type { Database } from '../../../db/database';
import {
  filterVisibleUnitIds,
  resolveSuccessorsInForce,
} from '../../../db/repositories/admin-units.repository';
import type { Actor } from '../../../domain/access/permissions';
import type { IsoDate } from '../../../domain/admin-units/admin-unit.types';
import { isInForce } from '../../../domain/admin-units/unit-dates';
import { getVisibleUnit, requireUnitReadScope } from './unit-access';
import { presentUnit } from './unit-presenter';

/**
 * The unit(s) in force on `asOf` that an old unit became, following successions through every
 * reform in between (a unit in force is its own answer). Successors outside the actor's scope
 * are left out. Throws `NOT_FOUND` / `FORBIDDEN` for the unit itself.
 */
export async function resolveUnitSuccessors(params: {
  db: Database;
  actor: Actor;
  id: string;
  asOf: IsoDate;
}): Promise<ResolveUnitSuccessorsOutput> {
  const scope = requireUnitReadScope(params.actor);
  const unit = await getVisibleUnit(params.db, scope, params.id);
  if (isInForce(unit, params.asOf)) {
    return { unit: presentUnit(unit), asOf: params.asOf, isInForce: true, successors: [presentUnit(unit)] };
  }
  const successors = await resolveSuccessorsInForce(params.db, unit.id, params.asOf);
  const visible = await filterVisibleUnitIds(
    params.db,
    scope,
    successors.map((s) => s.id),
  );
  return {
    unit: presentUnit(unit),
    asOf: params.asOf,
    isInForce: false,
    successors: successors.filter((s) => visible.has(s.id)).map(presentUnit),
  };
}
