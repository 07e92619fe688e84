/**
 * Label sheets of traceability stamps (tờ tem truy xuất): A4, 3 × 8 labels of 70 × 37 mm (the
 * common "24 per sheet" layout, e.g. Avery 3474 / Tomy 24). Each label carries the QR code of the
 * stamp URI drawn as vectors (sharp at any print resolution), the OCOP mark with its stars, the
 * product name, the lot and the human-readable serial. Pages are produced one at a time so a
 * progress callback can report how far a large batch has come.
 */
import { PDF_FONTS } from './pdf-fonts';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

const FONT_REGULAR = PDF_FONTS.regular;
const FONT_BOLD = PDF_FONTS.bold;
const MM = 72 / 25.4;
const RED = '#b3261e';
const GOLD = '#d4a017';

export const LABEL_LAYOUT = { columns: 3, rows: 8, widthMm: 70, heightMm: 37 } as const;
export const LABELS_PER_PAGE = LABEL_LAYOUT.columns * LABEL_LAYOUT.rows;

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
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (code.modules.get(row, col)) doc.rect(x + (col + 4) * module, y + (row + 4) * module, module, module);
    }
  }
  doc.fill('black');
}

function label(doc: Doc, sheet: LabelSheetData, data: LabelData, x: number, y: number): void {
  const w = LABEL_LAYOUT.widthMm * MM;
  const h = LABEL_LAYOUT.heightMm * MM;
  doc.lineWidth(0.3).strokeColor('#cccccc').rect(x, y, w, h).stroke();
  const qrSize = h - 4 * MM;
  qr(doc, data.uri, x + 2 * MM, y + 2 * MM, qrSize);
  const tx = x + qrSize + 3 * MM;
  const tw = w - qrSize - 5 * MM;
  doc.circle(tx + 9, y + 13, 8).fill(RED);
  doc.font(FONT_BOLD).fontSize(5).fillColor('white').text('OCOP', tx + 1, y + 11, { width: 16, align: 'center', lineBreak: false });
  for (let i = 0; i < sheet.stars; i += 1) star(doc, tx + 22 + i * 8, y + 13, 3.5);
  doc.fillColor('black').font(FONT_BOLD).fontSize(6.5).text(sheet.productName, tx, y + 25, { width: tw, height: 17, ellipsis: true });
  doc.font(FONT_REGULAR).fontSize(5.5).text(`Lô/Lot ${sheet.lot} · HSD ${sheet.expiryDate.split('-').reverse().join('/')}`, tx, y + 44, { width: tw, lineBreak: false, ellipsis: true });
  doc.font(FONT_BOLD).fontSize(6.2).text(data.code, tx, y + 56, { width: tw, lineBreak: false });
  doc.font(FONT_REGULAR).fontSize(4.8).fillColor('#555555').text('Quét để kiểm tra · Scan to verify', tx, y + 68, { width: tw, lineBreak: false });
  doc.fillColor('black');
}

/**
 * Renders the labels; `nextPage` returns up to {@link LABELS_PER_PAGE} labels per call (an empty
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
  const left = ((210 - LABEL_LAYOUT.columns * LABEL_LAYOUT.widthMm) / 2) * MM;
  const top = ((297 - LABEL_LAYOUT.rows * LABEL_LAYOUT.heightMm) / 2) * MM;
  let labelsDone = 0;
  for (;;) {
    const labels = await nextPage();
    if (labels.length === 0) break;
    doc.addPage();
    labels.forEach((data, i) => {
      const column = i % LABEL_LAYOUT.columns;
      const row = Math.floor(i / LABEL_LAYOUT.columns);
      label(doc, sheet, data, left + column * LABEL_LAYOUT.widthMm * MM, top + row * LABEL_LAYOUT.heightMm * MM);
    });
    labelsDone += labels.length;
    await onPage(labelsDone);
  }
  if (labelsDone === 0) doc.addPage();
  doc.end();
  return done;
}
