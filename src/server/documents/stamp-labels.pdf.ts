/**
 * Label sheets of traceability stamps (tờ tem truy xuất) in one of the A4 layouts of
 * LABEL_LAYOUTS (24 per sheet of 70 × 37 mm, e.g. Avery 3474 / Tomy 24; or 40 per sheet). Each label carries the QR code of the
 * stamp URI drawn as vectors (sharp at any print resolution) inside its quiet zone, the OCOP mark
 * with its stars, the product name, the lot, the expiry date and the human-readable serial, each
 * text line fitted to its row so nothing wraps into the code or the caption. Pages are produced one at a time so a
 * progress callback can report how far a large batch has come.
 */
import {
  DEFAULT_LABEL_LAYOUT,
  labelCellsMm,
  labelPartsMm,
  QR_QUIET_ZONE_MODULES,
  type BoxMm,
} from '../../domain/stamps/label-layouts';
import { PDF_FONTS } from './pdf-fonts';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

const FONT_REGULAR = PDF_FONTS.regular;
const FONT_BOLD = PDF_FONTS.bold;
const MM = 72 / 25.4;
const RED = '#b3261e';
const GOLD = '#d4a017';

export interface LabelData {
  uri: string;
  /** Serial as printed (grouped). */
  code: string;
}

export interface LabelSheetData {
  productName: string;
  stars: number;
  lot: string;
  /** Null: the product carries no expiry date, and the label prints none. */
  expiryDate: string | null;
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

/**
 * The QR code as filled squares inside `box`, with a quiet zone of QR_QUIET_ZONE_MODULES modules
 * painted white around the symbol (whatever the URI's length, the module size follows the box).
 */
function qr(doc: Doc, text: string, box: { x: number; y: number; size: number }): void {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = code.modules.size;
  const module = box.size / (count + 2 * QR_QUIET_ZONE_MODULES);
  const origin = QR_QUIET_ZONE_MODULES * module;
  doc.rect(box.x, box.y, box.size, box.size).fill('white');
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
      doc.rect(
        box.x + origin + start * module,
        box.y + origin + row * module,
        (col - start) * module,
        module,
      );
    }
  }
  doc.fill('black');
}

/** `text` cut to fit `width` at the current font, ending with an ellipsis when cut. */
function truncated(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let kept = text;
  while (kept.length > 1 && doc.widthOfString(`${kept.trimEnd()}…`) > width) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}…`;
}

/** The largest size from `size` down to `minSize` at which `text` fits on one line (then cut to fit). */
function fitted(
  doc: Doc,
  text: string,
  font: string,
  size: number,
  minSize: number,
  width: number,
): { text: string; size: number } {
  doc.font(font).fontSize(size);
  const natural = doc.widthOfString(text);
  if (natural <= width) return { text, size };
  const shrunk = Math.floor(((size * width) / natural) * 100) / 100;
  if (shrunk >= minSize) return { text, size: shrunk };
  doc.fontSize(minSize);
  return { text: truncated(doc, text, width), size: minSize };
}

/** Words laid greedily on at most `maxLines` lines of `width`; the last line is cut when more remains. */
function wrapped(doc: Doc, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let words = text.split(/\s+/).filter(Boolean);
  while (words.length > 0 && lines.length < maxLines) {
    let count = 1;
    while (count < words.length && doc.widthOfString(words.slice(0, count + 1).join(' ')) <= width)
      count += 1;
    const isLast = lines.length === maxLines - 1;
    const line = isLast ? words.join(' ') : words.slice(0, count).join(' ');
    lines.push(truncated(doc, line, width));
    words = isLast ? [] : words.slice(count);
  }
  return lines;
}

/**
 * One label. Every text line is placed by hand on its own row of the text column, without pdfkit's
 * wrapping: a line is shrunk (down to a legible minimum) or cut with an ellipsis so that it can
 * never run into the next line, the QR code, or a neighbouring label.
 */
function label(doc: Doc, sheet: LabelSheetData, data: LabelData, cell: BoxMm): void {
  const { qrBox, text } = labelPartsMm(cell);
  const s = cell.height < 35 ? 0.85 : 1;
  const tx = text.x * MM;
  const tw = text.width * MM;
  let cursor = text.y * MM;
  const line = (content: string, font: string, size: number, minSize: number, color = 'black') => {
    const fit = fitted(doc, content, font, size, minSize, tw);
    doc.font(font).fontSize(fit.size).fillColor(color).text(fit.text, tx, cursor, { lineBreak: false });
    cursor += fit.size * 1.2;
  };
  doc
    .lineWidth(0.3)
    .strokeColor('#cccccc')
    .rect(cell.x * MM, cell.y * MM, cell.width * MM, cell.height * MM)
    .stroke();
  qr(doc, data.uri, { x: qrBox.x * MM, y: qrBox.y * MM, size: qrBox.width * MM });

  const radius = 7 * s;
  doc.circle(tx + radius, cursor + radius, radius).fill(RED);
  doc
    .font(FONT_BOLD)
    .fontSize(4.2 * s)
    .fillColor('white');
  doc.text('OCOP', tx + radius - doc.widthOfString('OCOP') / 2, cursor + radius - 2.4 * s, {
    lineBreak: false,
  });
  for (let i = 0; i < sheet.stars; i += 1)
    star(doc, tx + 2 * radius + 5 * s + i * 7.5 * s, cursor + radius, 3.4 * s);
  cursor += 2 * radius + 3 * s;

  doc
    .font(FONT_BOLD)
    .fontSize(6.5 * s)
    .fillColor('black');
  for (const nameLine of wrapped(doc, sheet.productName, tw, 2)) {
    doc.text(nameLine, tx, cursor, { lineBreak: false });
    cursor += 6.5 * s * 1.2;
  }
  cursor += 1.5 * s;
  // The lot is printed whole: on its own line under "Lô/Lot" when the two do not fit together.
  const lotLine = `Lô/Lot ${sheet.lot}`;
  if (fitted(doc, lotLine, FONT_REGULAR, 5.5 * s, 4, tw).text === lotLine)
    line(lotLine, FONT_REGULAR, 5.5 * s, 4);
  else {
    line('Lô/Lot', FONT_REGULAR, 5.5 * s, 4);
    line(sheet.lot, FONT_REGULAR, 5.5 * s, 4);
  }
  if (sheet.expiryDate)
    line(`HSD/Exp ${sheet.expiryDate.split('-').reverse().join('/')}`, FONT_REGULAR, 5.5 * s, 4);
  cursor += 1 * s;
  line(data.code, FONT_BOLD, 6.2 * s, 4);
  cursor += 1 * s;
  const caption = fitted(doc, 'Quét để kiểm tra · Scan to verify', FONT_REGULAR, 4.8 * s, 4, tw);
  if (caption.text.endsWith('…')) {
    line('Quét để kiểm tra', FONT_REGULAR, 4.8 * s, 4, '#555555');
    line('Scan to verify', FONT_REGULAR, 4.8 * s, 4, '#555555');
  } else line(caption.text, FONT_REGULAR, caption.size, 4, '#555555');
  doc.fillColor('black');
}

/**
 * Renders the labels; `nextPage` returns up to one sheet of labels (labelsPerSheet of the layout) per call (an empty
 * array ends the document) and `onPage` is told how many labels are done.
 */
export async function renderLabelSheetsPdf(
  sheet: LabelSheetData,
  nextPage: () => Promise<LabelData[]>,
  onPage: (labelsDone: number) => Promise<void>,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: `Tem OCOP — ${sheet.productName} — lô ${sheet.lot}`, Author: 'OCOP Platform' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const cells = labelCellsMm(sheet.layout ?? DEFAULT_LABEL_LAYOUT);
  let labelsDone = 0;
  for (;;) {
    const labels = await nextPage();
    if (labels.length === 0) break;
    doc.addPage();
    labels.forEach((data, i) => label(doc, sheet, data, cells[i % cells.length]!));
    labelsDone += labels.length;
    await onPage(labelsDone);
  }
  if (labelsDone === 0) doc.addPage();
  doc.end();
  return done;
}
