/**
 * Reading a number typed by a person, the way Vietnamese write it (decimal comma, dot or space
 * between thousands: "0,5", "1.234,5", "1 234,5") and the way English speakers write it ("0.5",
 * "1,234.5"). Never drops a digit: text that is not one clear number is an error, not a guess.
 *
 * Rules, in order:
 * - spaces (also no-break and thin spaces) only group thousands and are removed;
 * - when both "," and "." appear, the last one is the decimal mark and the other groups thousands;
 * - a mark that appears more than once groups thousands ("1.234.567");
 * - a mark that appears once is the decimal mark ("0,5", "0.5"), except in a whole-number field,
 *   where "1.000" and "1,000" are a thousand (a whole number has no decimal mark);
 * - thousands groups have exactly three digits; anything else ("abc", "1e5", "1..2") is an error.
 */
export type ParsedDecimal =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid'; reason: 'not-a-number' | 'not-whole' };

const SPACES = /[\s\u00a0\u202f\u2009]/g;

function isGrouping(integerPart: string, mark: string): boolean {
  const groups = integerPart.split(mark);
  return groups.every((group, index) => (index === 0 ? /^\d{1,3}$/.test(group) : /^\d{3}$/.test(group)));
}

/** The integer and fraction digits of an unsigned numeral, or undefined when it is not one. */
function splitNumeral(text: string, isWhole: boolean): { integer: string; fraction: string } | undefined {
  const commas = text.split(',').length - 1;
  const dots = text.split('.').length - 1;
  if (commas > 0 && dots > 0) {
    const decimalMark = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const groupMark = decimalMark === ',' ? '.' : ',';
    const at = text.lastIndexOf(decimalMark);
    const integer = text.slice(0, at);
    const fraction = text.slice(at + 1);
    if (integer.includes(decimalMark) || !isGrouping(integer, groupMark) || !/^\d*$/.test(fraction))
      return undefined;
    return { integer: integer.split(groupMark).join(''), fraction };
  }
  const mark = commas > 0 ? ',' : dots > 0 ? '.' : undefined;
  if (!mark) return /^\d+$/.test(text) ? { integer: text, fraction: '' } : undefined;
  const count = commas + dots;
  if (count > 1 || (isWhole && /^\d{1,3}[.,]\d{3}$/.test(text))) {
    return isGrouping(text, mark) ? { integer: text.split(mark).join(''), fraction: '' } : undefined;
  }
  const [integer = '', fraction = ''] = text.split(mark);
  if (!/^\d*$/.test(integer) || !/^\d*$/.test(fraction) || integer + fraction === '') return undefined;
  return { integer: integer === '' ? '0' : integer, fraction };
}

/**
 * Parses what was typed into a number field. `isWhole` for counts (people, stamps, days): a
 * fraction is refused with `not-whole`, and a single "." or "," before three digits groups
 * thousands. Never throws.
 */
export function parseDecimal(
  raw: string,
  options: { isWhole?: boolean; allowNegative?: boolean } = {},
): ParsedDecimal {
  const compact = raw.replace(SPACES, '');
  if (compact === '') return { kind: 'empty' };
  const sign = compact.startsWith('-') ? -1 : 1;
  const unsigned = /^[-+]/.test(compact) ? compact.slice(1) : compact;
  if (sign < 0 && !options.allowNegative) return { kind: 'invalid', reason: 'not-a-number' };
  const parts = splitNumeral(unsigned, options.isWhole ?? false);
  if (!parts) return { kind: 'invalid', reason: 'not-a-number' };
  const fraction = parts.fraction.replace(/0+$/, '');
  if (options.isWhole && fraction !== '') return { kind: 'invalid', reason: 'not-whole' };
  const value = sign * Number(`${parts.integer}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'not-a-number' };
  return { kind: 'number', value: value === 0 ? 0 : value };
}

/** A number as a Vietnamese (or English) reader writes it, every digit kept: 1234.5 → "1.234,5". */
export function formatDecimal(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 20 }).format(
    value,
  );
}

/** The text a number field starts with for a stored value (no thousands marks, decimal comma in Vietnamese). */
export function decimalToText(value: number | '' | null | undefined, language: string): string {
  if (value === '' || value === null || value === undefined || Number.isNaN(value)) return '';
  const text = String(value);
  return language === 'en' ? text : text.replace('.', ',');
}
