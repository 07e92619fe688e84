/**
 * Layout helpers of the dossier forms (Biểu 1, 2, 3 and the bundle): A4, Be Vietnam Pro (full
 * Vietnamese diacritics), the national heading, labelled rows and signature blocks.
 */
import { PDF_FONTS } from './pdf-fonts';
import PDFDocument from 'pdfkit';

export const FONTS = PDF_FONTS;

export const MARGIN = 50;
export type Doc = InstanceType<typeof PDFDocument>;

/** A new A4 document and a promise of its bytes once `doc.end()` is called. */
export function openDocument(title: string): { doc: Doc; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: title, Creator: 'OCOP Platform' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(FONTS.regular).fontSize(10.5);
  return { doc, bytes };
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - 2 * MARGIN;
}

export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc", the form name and title. */
export function nationalHeading(doc: Doc, form: string, title: string, subtitle?: string): void {
  const width = contentWidth(doc);
  doc.font(FONTS.italic).fontSize(9).text(form, MARGIN, MARGIN, { width, align: 'right' });
  doc
    .font(FONTS.bold)
    .fontSize(11)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', MARGIN, doc.y + 4, { width, align: 'center' });
  doc.font(FONTS.bold).fontSize(10.5).text('Độc lập - Tự do - Hạnh phúc', { width, align: 'center' });
  doc.moveDown(1);
  doc.font(FONTS.bold).fontSize(14).text(title, { width, align: 'center' });
  if (subtitle) doc.font(FONTS.italic).fontSize(9.5).text(subtitle, { width, align: 'center' });
  doc.moveDown(0.8);
}

export function section(doc: Doc, text: string): void {
  ensureSpace(doc, 40);
  doc.moveDown(0.4);
  doc
    .font(FONTS.bold)
    .fontSize(11)
    .text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.2);
}

/** "Label: value" with the value wrapping under itself. */
export function field(doc: Doc, label: string, value: string): void {
  const labelWidth = 170;
  const width = contentWidth(doc) - labelWidth;
  doc.font(FONTS.regular).fontSize(10);
  const shown = value.trim() === '' ? '…………………………' : value;
  const height = Math.max(
    doc.heightOfString(shown, { width }),
    doc.heightOfString(label, { width: labelWidth }),
  );
  ensureSpace(doc, height + 4);
  const top = doc.y;
  doc
    .font(FONTS.regular)
    .fillColor('#444444')
    .text(`${label}:`, MARGIN, top, { width: labelWidth - 8 });
  doc
    .font(FONTS.bold)
    .fillColor('#000000')
    .text(shown, MARGIN + labelWidth, top, { width });
  doc.font(FONTS.regular);
  doc.x = MARGIN;
  doc.y = top + height + 4;
}

export function paragraph(
  doc: Doc,
  text: string,
  options: { italic?: boolean; size?: number; indent?: number } = {},
): void {
  const indent = options.indent ?? 0;
  doc.font(options.italic ? FONTS.italic : FONTS.regular).fontSize(options.size ?? 10);
  const width = contentWidth(doc) - indent;
  ensureSpace(doc, doc.heightOfString(text, { width }) + 2);
  doc.text(text, MARGIN + indent, doc.y, { width });
  doc.x = MARGIN;
}

/** A signature block on the right: place and date, role, name. */
export function signature(
  doc: Doc,
  lines: { placeDate: string; role: string; name: string; note?: string },
): void {
  ensureSpace(doc, 110);
  doc.moveDown(1);
  const width = 240;
  const left = doc.page.width - MARGIN - width;
  doc.font(FONTS.italic).fontSize(10).text(lines.placeDate, left, doc.y, { width, align: 'center' });
  doc.font(FONTS.bold).fontSize(10.5).text(lines.role, left, doc.y, { width, align: 'center' });
  if (lines.note)
    doc.font(FONTS.italic).fontSize(9).text(lines.note, left, doc.y, { width, align: 'center' });
  doc.moveDown(2.2);
  doc.font(FONTS.bold).fontSize(10.5).text(lines.name, left, doc.y, { width, align: 'center' });
  doc.x = MARGIN;
}

/** dd/mm/yyyy of an ISO date or a Date (UTC+7, Vietnam time). */
export function vietnameseDate(value: string | Date): string {
  const iso = typeof value === 'string' ? value : new Date(value.getTime() + 7 * 3600_000).toISOString();
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** "hh:mm ngày dd/mm/yyyy" of an instant, in Vietnam time (UTC+7). */
export function vietnameseTime(value: Date): string {
  const local = new Date(value.getTime() + 7 * 3600_000).toISOString();
  return `${local.slice(11, 16)} ngày ${vietnameseDate(value)}`;
}

/** "…, ngày dd tháng mm năm yyyy". */
export function placeAndDate(place: string, value: string | Date): string {
  const [day, month, year] = vietnameseDate(value).split('/');
  return `${place}, ngày ${day} tháng ${month} năm ${year}`;
}

/** Page numbers "Trang x/y" at the bottom of every page (needs `bufferPages`). */
export function numberPages(doc: Doc, label: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONTS.italic)
      .fontSize(8)
      .fillColor('#666666')
      .text(`${label} — Trang ${i + 1}/${range.count}`, MARGIN, doc.page.height - 30, {
        width: contentWidth(doc),
        align: 'center',
      });
    doc.fillColor('#000000');
    doc.page.margins.bottom = bottom;
  }
}
