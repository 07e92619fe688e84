import { once } from 'node:events';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { csvRecords, spreadsheetSafe } from '../../files/spreadsheet-cell';
import type { ExportColumn } from './export-columns';

/** Writes an export file in chunks, so a list of any length never sits whole in memory. */
export interface ExportFileWriter {
  addRows(items: readonly Record<string, unknown>[]): Promise<void>;
  close(): Promise<void>;
}

const BOM = '\uFEFF';

/** CSV, UTF-8 with BOM (Excel reads the diacritics), Vietnamese header row, formula-safe cells, CRLF. */
export function createCsvWriter(file: string, columns: readonly ExportColumn[]): ExportFileWriter {
  const stream = fs.createWriteStream(file, { encoding: 'utf8' });
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  let pending = write(BOM + csvRecords([columns.map((c) => c.header)]));
  return {
    async addRows(items) {
      await pending;
      pending = write(csvRecords(items.map((item) => columns.map((c) => c.value(item)))));
      await pending;
    },
    async close() {
      await pending;
      stream.end();
      await once(stream, 'finish');
    },
  };
}

/**
 * Excel through exceljs's streaming writer: a title line, a note, the Vietnamese header row (bold,
 * frozen, filtered), numbers as real number cells, text through the formula neutraliser; each row
 * is committed (flushed to disk) as it is added.
 */
export function createXlsxWriter(
  file: string,
  params: { title: string; note: string; columns: readonly ExportColumn[] },
): ExportFileWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  workbook.creator = 'OCOP Platform';
  const sheet = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = params.columns.map((c) => ({ width: c.width }));
  const title = sheet.addRow([params.title]);
  title.font = { bold: true, size: 13 };
  title.commit();
  const note = sheet.addRow([params.note]);
  note.font = { italic: true, size: 9 };
  note.commit();
  const header = sheet.addRow(params.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F1EA' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: params.columns.length } };
  return {
    addRows(items) {
      for (const item of items)
        sheet.addRow(params.columns.map((c) => spreadsheetSafe(c.value(item)))).commit();
      return Promise.resolve();
    },
    async close() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
