import type { UnitView } from '../api/units.api';

type Named = Pick<UnitView, 'name' | 'fullName'> & { nameEn?: string | null; parentName?: string | null };

/** The unit's name as shown in lists: its full name ("Xã Tân Lập"), or the English one if any. */
export function unitDisplayName(unit: Named, language: string): string {
  if (language === 'en' && unit.nameEn) return unit.nameEn;
  return unit.fullName || unit.name;
}

/** The name followed by its parent ("Xã Bát Tràng, Thành phố Hà Nội"), to tell namesakes apart. */
export function unitNameWithParent(unit: Named, language: string): string {
  const name = unitDisplayName(unit, language);
  return unit.parentName ? `${name}, ${unit.parentName}` : name;
}
