/**
 * Folds Vietnamese text for search and matching: lower case, no diacritics, no tone marks,
 * "đ" → "d", collapsed whitespace. Tone-mark placement ("Hoà" vs "Hòa") therefore does not
 * matter, nor does composed vs decomposed Unicode.
 *
 * Invariant: `foldVietnamese(foldVietnamese(s)) === foldVietnamese(s)`.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `haystack` contains `needle` once both are folded (see {@link foldVietnamese}). */
export function matchesFolded(haystack: string, needle: string): boolean {
  return foldVietnamese(haystack).includes(foldVietnamese(needle));
}
