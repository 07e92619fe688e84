import { foldVietnamese } from '../text/fold-vietnamese';

/** Longest slug kept from a title, before the uniqueness suffix. */
const SLUG_MAX = 80;

/**
 * The address part of an article (`/tin-tuc/<slug>`) from its title: Vietnamese folded to ASCII,
 * words joined by "-", at most 80 characters; "tin" when nothing is left. Pure.
 */
export function slugFromTitle(title: string): string {
  const slug = foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, '');
  return slug || 'tin';
}

/** `base`, or `base-2`, `base-3`… — the first one not in `taken`. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
