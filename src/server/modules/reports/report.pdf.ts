/**
 * Báo cáo kết quả thực hiện Chương trình OCOP — the report to the level above in the official
 * layout: issuing body and national heading side by side, number and "…, ngày … tháng … năm …",
 * the title, the tables, the written sections, recipients and the signature block. Vietnamese only.
 */
import type { ReportNarrative } from '../../../db/repositories/reports.repository';
import type { ReportFigures } from '../../../domain/reports/report-figures';
import {
  contentWidth,
  ensureSpace,
  FONTS,
  MARGIN,
  numberPages,
  openDocument,
  paragraph,
  placeAndDate,
  section,
  signature,
  type Doc,
} from '../../documents/dossier-pdf-layout';
import { narrativeSections, reportTables, type ReportTable } from './report-tables';

export interface ReportDocumentData {
  title: string;
  unitName: string;
  /** "Đã gửi cấp trên ngày 01/07/2026 (bản số 1)" or "Dự thảo". */
  statusLine: string;
  /** Day printed in "…, ngày … tháng … năm …" (the submission day, or today for a draft). */
  dated: Date;
  place: string;
  figures: ReportFigures;
  narrative: ReportNarrative;
}

const vnNumber = (value: string | number | null): string =>
  value === null ? '—' : typeof value === 'number' ? value.toLocaleString('vi-VN') : value;

function heading(doc: Doc, data: ReportDocumentData): void {
  const half = contentWidth(doc) / 2 - 10;
  const top = MARGIN;
  doc
    .font(FONTS.bold)
    .fontSize(10)
    .text(data.unitName.toUpperCase(), MARGIN, top, { width: half, align: 'center' });
  doc.font(FONTS.bold).fontSize(10).text('CƠ QUAN THƯỜNG TRỰC OCOP', { width: half, align: 'center' });
  doc.font(FONTS.regular).fontSize(10).text('Số: ……/BC-OCOP', { width: half, align: 'center' });
  const right = MARGIN + half + 20;
  doc
    .font(FONTS.bold)
    .fontSize(10)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', right, top, { width: half, align: 'center' });
  doc
    .font(FONTS.bold)
    .fontSize(10)
    .text('Độc lập - Tự do - Hạnh phúc', right, doc.y, { width: half, align: 'center' });
  doc
    .font(FONTS.italic)
    .fontSize(10)
    .text(placeAndDate(data.place, data.dated), right, doc.y + 6, {
      width: half,
      align: 'center',
    });
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, top + 60) + 16;
  doc
    .font(FONTS.bold)
    .fontSize(13)
    .text('BÁO CÁO', MARGIN, doc.y, { width: contentWidth(doc), align: 'center' });
  doc
    .font(FONTS.bold)
    .fontSize(11.5)
    .text(data.title.replace(/^Báo cáo /, ''), { width: contentWidth(doc), align: 'center' });
  doc
    .font(FONTS.italic)
    .fontSize(9.5)
    .text(data.statusLine, { width: contentWidth(doc), align: 'center' });
  doc.moveDown(0.8);
}

function table(doc: Doc, t: ReportTable): void {
  section(doc, t.heading);
  const width = contentWidth(doc);
  const numberWidth = t.columns.length > 2 ? 62 : 90;
  const firstWidth = width - numberWidth * (t.columns.length - 1);
  const widths = t.columns.map((_, i) => (i === 0 ? firstWidth : numberWidth));
  const drawRow = (cells: (string | number | null)[], isHeader: boolean) => {
    doc.font(isHeader ? FONTS.bold : FONTS.regular).fontSize(9.5);
    const texts = cells.map(vnNumber);
    const height =
      Math.max(...texts.map((text, i) => doc.heightOfString(text, { width: (widths[i] ?? 60) - 8 }))) + 6;
    ensureSpace(doc, height);
    const top = doc.y;
    let x = MARGIN;
    texts.forEach((text, i) => {
      const w = widths[i] ?? 60;
      doc.rect(x, top, w, height).stroke('#888888');
      doc.text(text, x + 4, top + 3, { width: w - 8, align: i === 0 ? 'left' : 'right' });
      x += w;
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(t.columns, true);
  for (const row of t.rows) drawRow(row, false);
  doc.moveDown(0.4);
}

/** Renders the report as an A4 PDF with page numbers. */
export async function renderReportPdf(data: ReportDocumentData): Promise<Buffer> {
  const { doc, bytes } = openDocument(data.title);
  heading(doc, data);
  for (const t of reportTables(data.figures)) table(doc, t);
  for (const s of narrativeSections(data.narrative)) {
    section(doc, s.heading);
    paragraph(doc, s.text.trim() === '' ? '(Không có nội dung)' : s.text);
  }
  ensureSpace(doc, 140);
  doc.moveDown(1);
  const top = doc.y;
  doc.font(FONTS.bold).fontSize(9.5).text('Nơi nhận:', MARGIN, top, { width: 220 });
  doc.font(FONTS.regular).fontSize(9).text('- Cấp trên trực tiếp;\n- Lưu: VT, OCOP.', { width: 220 });
  doc.y = top;
  signature(doc, { placeDate: '', role: 'THỦ TRƯỞNG CƠ QUAN', name: '' });
  numberPages(doc, data.title);
  doc.end();
  return bytes;
}
