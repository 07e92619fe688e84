import type { GetUnitHistoryOutput } from '../../../contracts/units.contracts';
import type { Database } from '../../../db/database';
import { filterVisibleUnitIds, findSuccessionLinks } from '../../../db/repositories/admin-units.repository';
import type { Actor } from '../../../domain/access/permissions';
import { getVisibleUnit, requireUnitReadScope } from './unit-access';
import { presentUnit } from './unit-presenter';

/**
 * The direct succession links of a unit: the units that went into it and the units it went
 * into, each with the reform date; linked units outside the actor's scope are left out.
 * Throws `NOT_FOUND` / `FORBIDDEN`.
 */
export async function getUnitHistory(params: {
  db: Database;
  actor: Actor;
  id: string;
}): Promise<GetUnitHistoryOutput> {
  const scope = requireUnitReadScope(params.actor);
  const unit = await getVisibleUnit(params.db, scope, params.id);
  const links = await findSuccessionLinks(params.db, unit.id);
  const linked = [...links.predecessors, ...links.successors].map((link) => link.unit.id);
  const visible = await filterVisibleUnitIds(params.db, scope, linked);
  const present = (list: typeof links.predecessors): GetUnitHistoryOutput['predecessors'] =>
    list
      .filter((link) => visible.has(link.unit.id))
      .map((link) => ({ unit: presentUnit(link.unit), effectiveDate: link.effectiveDate }));
  return {
    unit: presentUnit(unit),
    predecessors: present(links.predecessors),
    successors: present(links.successors),
  };
}
