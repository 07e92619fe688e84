import ExcelJS from 'exceljs';
import { spreadsheetSafe } from '../../files/spreadsheet-cell';
import type { ReportDocumentData } from './report.pdf';
import { narrativeSections, reportTables } from './report-tables';

/**
 * The report as an Excel workbook: one sheet of tables (Vietnamese headers, real number cells)
 * and one sheet of the written sections. Text cells go through the formula neutraliser.
 */
export async function renderReportXlsx(data: ReportDocumentData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OCOP Platform';
  const sheet = workbook.addWorksheet('Báo cáo');
  sheet.columns = [{ width: 60 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }];
  sheet.addRow([spreadsheetSafe(data.title)]).font = { bold: true, size: 13 };
  sheet.addRow([spreadsheetSafe(`Đơn vị báo cáo: ${data.unitName}`)]);
  sheet.addRow([spreadsheetSafe(data.statusLine)]);
  for (const table of reportTables(data.figures)) {
    sheet.addRow([]);
    sheet.addRow([table.heading]).font = { bold: true };
    const header = sheet.addRow(table.columns);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F1EA' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const row of table.rows) sheet.addRow(row.map((cell) => spreadsheetSafe(cell)));
  }
  const text = workbook.addWorksheet('Thuyết minh');
  text.columns = [{ width: 36 }, { width: 100 }];
  text.addRow(['Nội dung', 'Thuyết minh']).font = { bold: true };
  for (const section of narrativeSections(data.narrative)) {
    const row = text.addRow([section.heading, spreadsheetSafe(section.text)]);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
