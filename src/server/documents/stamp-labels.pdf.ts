/**
 * Label sheets of traceability stamps (tờ tem truy xuất) in one of the A4 layouts of
 * LABEL_LAYOUTS (24 per sheet of 70 × 37 mm, e.g. Avery 3474 / Tomy 24; or 40 per sheet). Each label carries the QR code of the
 * stamp URI drawn as vectors (sharp at any print resolution), the OCOP mark with its stars, the
 * product name, the lot and the human-readable serial. Pages are produced one at a time so a
 * progress callback can report how far a large batch has come.
 */
import { DEFAULT_LABEL_LAYOUT, labelLayoutOf } from '../../domain/stamps/label-layouts';
import { PDF_FONTS } from './pdf-fonts';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

const FONT_REGULAR = PDF_FONTS.regular;
const FONT_BOLD = PDF_FONTS.bold;
const MM = 72 / 25.4;
const RED = '#b3261e';
const GOLD = '#d4a017';

type Layout = ReturnType<typeof labelLayoutOf>;

export interface LabelData {
  uri: string;
  /** Serial as printed (grouped). */
  code: string;
}

export interface LabelSheetData {
  productName: string;
  stars: number;
  lot: string;
  expiryDate: string;
  /** A LABEL_LAYOUTS id; the default 24-per-sheet layout when absent. */
  layout?: string;
}

type Doc = InstanceType<typeof PDFDocument>;

function star(doc: Doc, cx: number, cy: number, outer: number): void {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i += 1) {
    const r = i % 2 === 0 ? outer : outer * 0.4;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  doc.polygon(...points).fill(GOLD);
}

/** The QR code as filled squares with the 4-module quiet zone the QR standard asks for inside `size` points. */
function qr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = code.modules.size;
  const module = size / (count + 8);
  doc.rect(x, y, size, size).fill('white');
  // One rectangle per horizontal run of dark modules: the same image with a fraction of the path.
  for (let row = 0; row < count; row += 1) {
    let col = 0;
    while (col < count) {
      if (!code.modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < count && code.modules.get(row, col)) col += 1;
      doc.rect(x + (start + 4) * module, y + (row + 4) * module, (col - start) * module, module);
    }
  }
  doc.fill('black');
}

function label(doc: Doc, layout: Layout, sheet: LabelSheetData, data: LabelData, x: number, y: number): void {
  const w = layout.widthMm * MM;
  const h = layout.heightMm * MM;
  // Text lines sit at fixed fractions of the label height so smaller layouts keep their order.
  const at = (fraction: number) => y + h * fraction;
  const small = layout.heightMm < 35 ? 0.85 : 1;
  doc.lineWidth(0.3).strokeColor('#cccccc').rect(x, y, w, h).stroke();
  const qrSize = h - 4 * MM;
  qr(doc, data.uri, x + 2 * MM, y + 2 * MM, qrSize);
  const tx = x + qrSize + 3 * MM;
  const tw = w - qrSize - 5 * MM;
  doc.circle(tx + 8 * small, at(0.125), 8 * small).fill(RED);
  doc.font(FONT_BOLD).fontSize(5 * small).fillColor('white').text('OCOP', tx, at(0.125) - 2 * small, { width: 16 * small, align: 'center', lineBreak: false });
  for (let i = 0; i < sheet.stars; i += 1) star(doc, tx + 21 * small + i * 7.5 * small, at(0.125), 3.4 * small);
  doc.fillColor('black').font(FONT_BOLD).fontSize(6.5 * small).text(sheet.productName, tx, at(0.24), { width: tw, height: 17 * small, ellipsis: true });
  doc.font(FONT_REGULAR).fontSize(5.5 * small).text(`Lô/Lot ${sheet.lot} · HSD ${sheet.expiryDate.split('-').reverse().join('/')}`, tx, at(0.42), { width: tw, lineBreak: false, ellipsis: true });
  doc.font(FONT_BOLD).fontSize(6.2 * small).text(data.code, tx, at(0.54), { width: tw, lineBreak: false });
  doc.font(FONT_REGULAR).fontSize(4.8 * small).fillColor('#555555').text('Quét để kiểm tra · Scan to verify', tx, at(0.66), { width: tw, lineBreak: false });
  doc.fillColor('black');
}

/**
 * Renders the labels; `nextPage` returns up to one sheet of labels (labelsPerSheet of the layout) per call (an empty
 * array ends the document) and `onPage` is told how many labels are done.
 */
export async function renderLabelSheetsPdf(sheet: LabelSheetData, nextPage: () => Promise<LabelData[]>, onPage: (labelsDone: number) => Promise<void>): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: `Tem OCOP — ${sheet.productName} — lô ${sheet.lot}`, Author: 'OCOP Platform' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const layout = labelLayoutOf(sheet.layout ?? DEFAULT_LABEL_LAYOUT);
  const left = ((210 - layout.columns * layout.widthMm) / 2) * MM;
  const top = ((297 - layout.rows * layout.heightMm) / 2) * MM;
  let labelsDone = 0;
  for (;;) {
    const labels = await nextPage();
    if (labels.length === 0) break;
    doc.addPage();
    labels.forEach((data, i) => {
      const column = i % layout.columns;
      const row = Math.floor(i / layout.columns);
      label(doc, layout, sheet, data, left + column * layout.widthMm * MM, top + row * layout.heightMm * MM);
    });
    labelsDone += labels.length;
    await onPage(labelsDone);
  }
  if (labelsDone === 0) doc.addPage();
  doc.end();
  return done;
}
