/**
 * The former district(s) of a commune (OCOP.md §2): districts were abolished on 01/07/2025, but
 * criteria still speak of "the district". A post-reform commune formed from communes of one
 * district has that district; formed from communes of several, all of them. Pure: the caller
 * passes the commune, its predecessors and the units they hang under.
 */
import type { AdminUnit } from './admin-unit.types';

/**
 * The district(s) a commune belonged to, in code order and without repeats: its own parent when
 * that is a district (a pre-reform commune), otherwise the district parents of its predecessors.
 * `unitsById` must hold those parents; an unknown parent is skipped (the history is incomplete).
 */
export function formerDistrictsOf(params: {
  commune: AdminUnit;
  predecessors: readonly AdminUnit[];
  unitsById: ReadonlyMap<string, AdminUnit>;
}): AdminUnit[] {
  const sources = [params.commune, ...params.predecessors];
  const districts = new Map<string, AdminUnit>();
  for (const unit of sources) {
    const parent = unit.parentId ? params.unitsById.get(unit.parentId) : undefined;
    if (parent?.level === 'district') districts.set(parent.id, parent);
  }
  return [...districts.values()].sort((a, b) => a.code.localeCompare(b.code));
}
