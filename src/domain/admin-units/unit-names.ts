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

/**
 * A unit's full name as it reads inside a sentence: the kind in lower case, the proper name as it
 * is — "Xã Bát Tràng" → "xã Bát Tràng", "Thành phố Hà Nội" → "thành phố Hà Nội".
 */
export function unitNameInSentence(fullName: string): string {
  return fullName.charAt(0).toLocaleLowerCase('vi') + fullName.slice(1);
}

/** The People's Committee of a unit: "Ủy ban nhân dân xã Bát Tràng" (Decree 30 capitalisation). */
export function peoplesCommitteeOf(fullName: string): string {
  return `Ủy ban nhân dân ${unitNameInSentence(fullName)}`;
}

/**
 * The place name a document of the unit is dated at (Decree 30: the official name of the unit,
 * without its kind) — "Xã Bát Tràng" → "Bát Tràng", "Thành phố Hà Nội" → "Hà Nội".
 */
export function placeNameOf(fullName: string): string {
  return fullName.replace(/^(Xã|Phường|Đặc khu|Thị trấn|Tỉnh|Thành phố)\s+/i, '');
}

/**
 * A producer's address followed by its commune and province, each only when the address does not
 * already name it as one of its comma-separated parts (with or without its kind, in either
 * spelling): producers often write their commune and province themselves, and "Xã Bát Tràng, Xã
 * Bát Tràng, Thành phố Hà Nội" on a stamp's page reads as a mistake.
 */
export function addressWithUnits(
  address: string | null | undefined,
  unitFullNames: readonly (string | null | undefined)[],
): string {
  const written = address?.trim() ?? '';
  const parts = written.split(',').map((part) => part.trim());
  const isNamed = (fullName: string) =>
    parts.some((part) => isSameUnitName(part, fullName) || isSameUnitName(part, placeNameOf(fullName)));
  const added = unitFullNames.filter((name): name is string => !!name && !isNamed(name));
  return [written, ...added].filter(Boolean).join(', ');
}
