import type { Database } from '../../../db/database';
import {
  filterVisibleUnitIds,
  findUnitById,
  toAdminUnit,
} from '../../../db/repositories/admin-units.repository';
import type { Actor } from '../../../domain/access/permissions';
import type { AdminUnit } from '../../../domain/admin-units/admin-unit.types';
import {
  isEmptyScope,
  isVisibleByPath,
  unitReadScope,
  type UnitReadScope,
} from '../../../domain/admin-units/unit-visibility';
import { forbidden, notFound } from '../../../domain/errors';

/** The actor's `unit.read` scope; `FORBIDDEN` when it may read units nowhere. */
export function requireUnitReadScope(actor: Actor): UnitReadScope {
  const scope = unitReadScope(actor);
  if (isEmptyScope(scope)) throw forbidden();
  return scope;
}

/** True when the scope lets the actor read the unit (path rule, else predecessor rule). */
export async function isUnitVisible(db: Database, scope: UnitReadScope, unit: AdminUnit): Promise<boolean> {
  if (isVisibleByPath(scope, unit)) return true;
  return (await filterVisibleUnitIds(db, scope, [unit.id])).has(unit.id);
}

/** The unit if the actor may read it: `NOT_FOUND` when there is none, `FORBIDDEN` when outside scope. */
export async function getVisibleUnit(db: Database, scope: UnitReadScope, id: string): Promise<AdminUnit> {
  const row = await findUnitById(db, id);
  if (!row) throw notFound('đơn vị hành chính', 'Administrative unit');
  const unit = toAdminUnit(row);
  if (!(await isUnitVisible(db, scope, unit))) throw forbidden();
  return unit;
}
