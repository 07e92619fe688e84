/**
 * Jurisdiction arithmetic on unit paths. Every administrative unit stores the path of ids from
 * the nation down to itself, written `/<nationId>/<provinceId>/<communeId>/`. A unit lies within
 * another when its path starts with the other's path, so "this unit and everything below it" is a
 * prefix test — no tree walk, no database.
 */
export function isWithinUnit(unitPath: string, ancestorPath: string): boolean {
  return unitPath.startsWith(ancestorPath);
}

/** Builds the path of a child from its parent's path and its own id. */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** The ids on a path, from the top (nation) to the unit itself. */
export function pathIds(unitPath: string): string[] {
  return unitPath.split('/').filter((part) => part.length > 0);
}
