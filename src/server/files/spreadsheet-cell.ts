/**
 * Cells for the files people open in a spreadsheet (CSV, Excel): text typed by users (a product or
 * producer name) must never run as a formula there. Every CSV or Excel export writes its cells
 * through these helpers.
 */

/** A cell value as exports hold it; null is an empty cell. */
export type CellValue = string | number | boolean | null | undefined;

/** A leading `=`, `+`, `-`, `@`, tab or carriage return makes Excel, LibreOffice and Sheets read a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The value to put in a spreadsheet cell: text that a spreadsheet would read as a formula gets a
 * leading apostrophe (`=HYPERLINK(…)` → `'=HYPERLINK(…)`), shown as typed and never executed;
 * numbers and booleans stay as they are (a negative number is a number, not a formula).
 */
export function spreadsheetSafe(value: CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 CSV field: neutralised like {@link spreadsheetSafe}, quoted when it holds `"`, `,`, CR or LF. */
export function csvCell(value: CellValue): string {
  const safe = spreadsheetSafe(value);
  const text = safe === null ? '' : String(safe);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** An RFC 4180 CSV document: a header row with the column names, then one row per record, CRLF line ends. */
export function toCsv<Column extends string>(
  columns: readonly Column[],
  records: readonly Record<Column, CellValue>[],
): string {
  const lines = [
    columns.map(csvCell).join(','),
    ...records.map((record) => columns.map((column) => csvCell(record[column])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
