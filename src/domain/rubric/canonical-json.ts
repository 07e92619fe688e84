/**
 * Canonical JSON of plain data: object keys sorted (by UTF-16 code units), no whitespace, arrays
 * in order, `undefined` members dropped as JSON.stringify drops them. Two values that read the
 * same as JSON give the same text whatever the key order they were built in, so its hash names a
 * rubric sheet's content (`rubricSheetContentHash`).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const members = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
  return `{${members.join(',')}}`;
}
