import ExcelJS from 'exceljs';
import { spreadsheetSafe, toCsv, type CellValue } from '../../files/spreadsheet-cell';
import type { ExportColumn } from './export-columns';

/** UTF-8 byte order mark: Excel opens a CSV as UTF-8 (Vietnamese diacritics intact) only with it. */
const BOM = '\uFEFF';

/** The rows as CSV: BOM, Vietnamese header row, formula-safe cells, CRLF. */
export function exportCsv(
  columns: readonly ExportColumn[],
  items: readonly Record<string, unknown>[],
): Buffer {
  const headers = columns.map((c) => c.header);
  const records = items.map(
    (item) => Object.fromEntries(columns.map((c) => [c.header, c.value(item)])) as Record<string, CellValue>,
  );
  return Buffer.from(BOM + toCsv(headers, records), 'utf8');
}

/**
 * The rows as an Excel workbook: a title line, the Vietnamese header row (bold, frozen, filtered),
 * numbers as real number cells, text through the formula neutraliser.
 */
export async function exportXlsx(params: {
  title: string;
  note: string;
  columns: readonly ExportColumn[];
  items: readonly Record<string, unknown>[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OCOP Platform';
  const sheet = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = params.columns.map((c) => ({ width: c.width }));
  sheet.addRow([params.title]).font = { bold: true, size: 13 };
  sheet.addRow([params.note]).font = { italic: true, size: 9 };
  const header = sheet.addRow(params.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F1EA' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const item of params.items) sheet.addRow(params.columns.map((c) => spreadsheetSafe(c.value(item))));
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: params.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
