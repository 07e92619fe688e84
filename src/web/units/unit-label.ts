import type { UnitView } from '../api/units.api';

/** The unit's name as shown in lists: its full name ("Xã Tân Lập") when the API gives one. */
export function unitDisplayName(
  unit: Pick<UnitView, 'name' | 'fullName' | 'nameEn'>,
  language: string,
): string {
  if (language === 'en' && unit.nameEn) return unit.nameEn;
  return unit.fullName || unit.name;
}
