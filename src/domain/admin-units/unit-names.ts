import { foldVietnamese } from '../text/fold-vietnamese';

/**
 * The search key stored with every unit: name, full name and code, folded (lower case, no
 * diacritics, "đ" → "d"), so "Hoà", "Hòa" and "hoa" find the same units.
 */
export function unitSearchKey(unit: { name: string; fullName: string; code: string }): string {
  return foldVietnamese(`${unit.name} ${unit.fullName} ${unit.code}`);
}

/**
 * True when two spellings name the same unit: equal once folded. Releases differ in tone-mark
 * placement ("Hòa" in 2025, "Hoà" in 2026) without renaming anything.
 */
export function isSameUnitName(a: string, b: string): boolean {
  return foldVietnamese(a) === foldVietnamese(b);
}

/**
 * The kind of a unit from its full name: "Huyện Bạch Long Vĩ" with name "Bạch Long Vĩ" →
 * "Huyện". `null` when the full name does not end with the name.
 */
export function kindFromFullName(fullName: string, name: string): string | null {
  if (!fullName.endsWith(name) || fullName.length === name.length) return null;
  const kind = fullName.slice(0, fullName.length - name.length).trim();
  return kind.length > 0 ? kind : null;
}

/**
 * The words of a search query, folded; empty words dropped. A unit matches when its search key
 * contains every word.
 */
export function searchWords(query: string): string[] {
  return foldVietnamese(query)
    .split(' ')
    .filter((word) => word.length > 0);
}
