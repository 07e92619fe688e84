/** The levels of administrative units, as the API names them. */
export const UNIT_LEVELS = ['nation', 'province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** i18n key of a unit level's label; unknown levels fall back to the raw value. */
export function unitLevelKey(level: string): string {
  return (UNIT_LEVELS as readonly string[]).includes(level) ? `units.level.${level}` : level;
}
