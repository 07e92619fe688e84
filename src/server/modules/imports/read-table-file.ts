import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { fileTypeFromBuffer } from 'file-type';
import { DomainError } from '../../../domain/errors';
import { assertSaneZip } from '../../files/inspect-upload';

/** A spreadsheet as rows of text cells, each with its line (CSV) or row number (Excel). */
export interface TableFile {
  format: 'xlsx' | 'csv';
  headerLine: number;
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

/** More rows than this is refused as a whole (split the file). */
export const MAX_IMPORT_ROWS = 50_000;

function invalid(messageVi: string, messageEn: string): DomainError {
  return new DomainError('IMPORT_INVALID', messageVi, messageEn, [{ field: 'file', messageVi, messageEn }]);
}

async function readXlsx(content: Buffer): Promise<TableFile> {
  await assertSaneZip(content);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw invalid('Không đọc được tệp Excel (.xlsx).', 'Cannot read the Excel (.xlsx) file.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid('Tệp Excel không có trang tính nào.', 'The workbook has no worksheet.');
  const lines: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(row.getCell(column).text ?? '');
    if (cells.some((cell) => cell.trim() !== '')) lines.push({ line: rowNumber, cells });
  });
  const [header, ...rows] = lines;
  if (!header) throw invalid('Tệp không có dòng tiêu đề.', 'The file has no header row.');
  return { format: 'xlsx', headerLine: header.line, headers: header.cells, rows };
}

function detectDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length }));
  return counts.sort((a, b) => b.n - a.n)[0]?.d ?? ',';
}

function readCsv(content: Buffer): TableFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw invalid(
      'Tệp CSV phải được lưu với mã UTF-8 ("CSV UTF-8").',
      'The CSV file must be saved as UTF-8.',
    );
  }
  if (text.includes('\u0000'))
    throw invalid('Tệp không phải CSV hay Excel (.xlsx).', 'The file is neither CSV nor Excel (.xlsx).');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(firstLine),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    throw invalid(
      `Tệp CSV sai cú pháp${where ? ` ở dòng ${where}` : ''}.`,
      `Malformed CSV${where ? ` at line ${where}` : ''}.`,
    );
  }
  const lines = records
    .filter((r) => r.record.some((cell) => cell.trim() !== ''))
    .map((r) => ({ line: r.info.lines, cells: r.record }));
  const [header, ...rows] = lines;
  if (!header) throw invalid('Tệp không có dòng tiêu đề.', 'The file has no header row.');
  return { format: 'csv', headerLine: header.line, headers: header.cells, rows };
}

/**
 * Reads an import file by its content: an .xlsx workbook (first sheet; checked for zip bombs) or
 * UTF-8 CSV (delimiter `,` `;` or tab, detected from the header). Throws IMPORT_INVALID for
 * anything else or when the file cannot be read; nothing has been changed at that point.
 */
export async function readTableFile(content: Buffer): Promise<TableFile> {
  if (content.length === 0) throw invalid('Tệp rỗng.', 'The file is empty.');
  const isZip = content[0] === 0x50 && content[1] === 0x4b;
  if (isZip) {
    await assertSaneZip(content);
    const type = await fileTypeFromBuffer(content);
    if (type?.ext !== 'xlsx')
      throw invalid('Chỉ nhận tệp Excel .xlsx hoặc CSV.', 'Only Excel .xlsx or CSV files are accepted.');
  } else if (await fileTypeFromBuffer(content)) {
    throw invalid('Chỉ nhận tệp Excel .xlsx hoặc CSV.', 'Only Excel .xlsx or CSV files are accepted.');
  }
  const table = isZip ? await readXlsx(content) : readCsv(content);
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw invalid(
      `Tệp có quá ${MAX_IMPORT_ROWS} dòng; hãy chia nhỏ.`,
      `More than ${MAX_IMPORT_ROWS} rows; split the file.`,
    );
  }
  return table;
}
