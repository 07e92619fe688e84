import { scopesFor, type Actor } from '../access/permissions';
import { isWithinUnit, pathIds } from '../access/unit-path';

/**
 * Which units an actor may read (`unit.read`):
 * - every unit within the subtree of one of its grants (`subtreePaths`, prefix test);
 * - the ancestors of its grant units (`ancestorIds`), so screens can show breadcrumbs;
 * - the predecessors, through any number of reforms, of the units in those subtrees — so a
 *   province still finds its pre-2025 communes (resolved by the repository from the successions).
 * A grant at the nation covers everything (`isEverything`).
 */
export interface UnitReadScope {
  isEverything: boolean;
  subtreePaths: string[];
  ancestorIds: string[];
}

/** The actor's read scope over units; empty when it may read units nowhere. */
export function unitReadScope(actor: Actor): UnitReadScope {
  const subtreePaths = scopesFor(actor, 'unit.read');
  const ancestorIds = new Set<string>();
  for (const path of subtreePaths) for (const id of pathIds(path).slice(0, -1)) ancestorIds.add(id);
  return {
    isEverything: subtreePaths.some((path) => pathIds(path).length === 1),
    subtreePaths,
    ancestorIds: [...ancestorIds],
  };
}

/** True when the scope allows reading nothing at all. */
export function isEmptyScope(scope: UnitReadScope): boolean {
  return scope.subtreePaths.length === 0;
}

/**
 * The part of the visibility rule that needs no database: inside a subtree or an ancestor of a
 * grant unit. Predecessor visibility is checked by the repository.
 */
export function isVisibleByPath(scope: UnitReadScope, unit: { id: string; path: string }): boolean {
  if (scope.isEverything) return true;
  return (
    scope.subtreePaths.some((path) => isWithinUnit(unit.path, path)) || scope.ancestorIds.includes(unit.id)
  );
}
