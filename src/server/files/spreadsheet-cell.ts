/**
 * Cells for the files people open in a spreadsheet (CSV, Excel): text typed by users (a product or
 * producer name) must never run as a formula there. Every CSV or Excel export writes its cells
 * through these helpers.
 */
import { stringify, type Options } from 'csv-stringify/sync';

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

/**
 * csv-stringify, set to write what spreadsheets expect: RFC 4180 quoting (a field holding `"`, `,`,
 * CR or LF is quoted), CRLF after every record, text neutralised by {@link spreadsheetSafe}, booleans
 * as `true`/`false`, an empty cell for null and undefined.
 */
const CSV_OPTIONS = {
  record_delimiter: 'windows',
  // without it csv-stringify leaves a lone LF or CR in a cell unquoted once record_delimiter is set
  quote_record_delimiter: true,
  cast: {
    string: (value: string) => String(spreadsheetSafe(value)),
    number: (value: number) => String(value),
    boolean: (value: boolean) => String(value),
  },
} as const satisfies Options;

/** CSV records (no header), each ended by CRLF, cells formula-safe; `''` for no rows. */
export function csvRecords(rows: readonly (readonly CellValue[])[]): string {
  return stringify(rows as CellValue[][], CSV_OPTIONS);
}

/** An RFC 4180 CSV document: a header row with the column names, then one row per record, CRLF line ends. */
export function toCsv<Column extends string>(
  columns: readonly Column[],
  records: readonly Record<Column, CellValue>[],
): string {
  return csvRecords([columns, ...records.map((record) => columns.map((column) => record[column]))]);
}
