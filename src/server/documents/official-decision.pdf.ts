/**
 * A People's Committee decision (quyết định) in the layout of Decree 30/2020/NĐ-CP, A4 portrait,
 * Vietnamese only: the issuing authority and the national motto side by side, number and symbol,
 * place and date, the title, the legal bases ("Căn cứ …"), the articles with an optional table of
 * products, "Nơi nhận" and the signatory block. Used by revocation and recognition decisions.
 */
import PDFDocument from 'pdfkit';
import { PDF_FONTS } from './pdf-fonts';
import { drawSignatoryBlock, type Signatory } from './signatory-block';

const FONTS = PDF_FONTS;

export interface DecisionTable {
  columns: { title: string; width: number }[];
  rows: string[][];
}

export interface OfficialDecisionData {
  issuerLevel: string;
  /** "Ủy ban nhân dân tỉnh Hà Tĩnh". */
  issuerName: string;
  number: string;
  placeName: string;
  /** Null for a draft: the date reads "ngày … tháng … năm …". */
  signedOn: string | null;
  subject: string;
  legalBases: readonly string[];
  proposedBy: string;
  articles: readonly { heading: string; text: string; table?: DecisionTable }[];
  recipients: readonly string[];
  signerName: string | null;
  /** Printed across the top of a draft. */
  isDraft: boolean;
}

type Doc = InstanceType<typeof PDFDocument>;

/** "ngày 06 tháng 12 năm 2026" (or the blank form of a draft). */
export function vietnameseLongDate(iso: string | null): string {
  if (!iso) return 'ngày … tháng … năm …';
  return `ngày ${iso.slice(8, 10)} tháng ${iso.slice(5, 7)} năm ${iso.slice(0, 4)}`;
}

/** "ỦY BAN NHÂN DÂN" over "TỈNH HÀ TĨNH" (the authority's two header lines). */
function authorityLines(data: OfficialDecisionData): [string, string] {
  if (data.issuerLevel === 'nation') return ['BỘ NÔNG NGHIỆP', 'VÀ MÔI TRƯỜNG'];
  const place = data.issuerName.replace(/^Ủy ban nhân dân\s*/i, '');
  return ['ỦY BAN NHÂN DÂN', place.toUpperCase()];
}

/** What the header of an official document needs (Decree 30/2020/NĐ-CP, Phụ lục I). */
export interface OfficialHeader {
  /** The governing body over the issuing one (regular), then the issuing body (bold). */
  authority: readonly [string, string];
  /** "Số: …" — number and symbol. */
  number: string;
  placeName: string;
  /** Null for a draft: the date reads "ngày … tháng … năm …". */
  dateIso: string | null;
  isDraft: boolean;
}

/**
 * The two columns of the first page: issuing authority with number and symbol on the left, the
 * national title and motto with place and date on the right (each underlined as the decree shows).
 */
export function drawOfficialHeader(doc: Doc, h: OfficialHeader): void {
  const left = { x: 40, width: 200 };
  const right = { x: 230, width: 330 };
  doc
    .font(FONTS.regular)
    .fontSize(12)
    .text(h.authority[0], left.x, 40, { width: left.width, align: 'center' });
  doc
    .font(FONTS.bold)
    .fontSize(12)
    .text(h.authority[1], left.x, doc.y, { width: left.width, align: 'center' });
  const underline = doc.y + 2;
  doc
    .moveTo(left.x + 70, underline)
    .lineTo(left.x + left.width - 70, underline)
    .lineWidth(0.6)
    .stroke();
  doc
    .font(FONTS.regular)
    .fontSize(12)
    .text(`Số: ${h.number}`, left.x, underline + 8, { width: left.width, align: 'center' });
  const leftBottom = doc.y;
  doc
    .font(FONTS.bold)
    .fontSize(12)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', right.x, 40, { width: right.width, align: 'center' });
  doc
    .font(FONTS.bold)
    .fontSize(12.5)
    .text('Độc lập - Tự do - Hạnh phúc', right.x, doc.y, { width: right.width, align: 'center' });
  const motto = doc.y + 2;
  doc
    .moveTo(right.x + 90, motto)
    .lineTo(right.x + right.width - 90, motto)
    .stroke();
  doc
    .font(FONTS.italic)
    .fontSize(12)
    .text(`${h.placeName}, ${vietnameseLongDate(h.dateIso)}`, right.x, motto + 8, {
      width: right.width,
      align: 'center',
    });
  if (h.isDraft)
    doc
      .font(FONTS.bold)
      .fontSize(11)
      .fillColor('#b3261e')
      .text('DỰ THẢO', 40, 20, { width: 515, align: 'right' })
      .fillColor('black');
  doc.y = Math.max(doc.y, leftBottom);
}

function header(doc: Doc, data: OfficialDecisionData): void {
  drawOfficialHeader(doc, {
    authority: authorityLines(data),
    number: data.number,
    placeName: data.placeName,
    dateIso: data.signedOn,
    isDraft: data.isDraft,
  });
}

function table(doc: Doc, t: DecisionTable): void {
  const x0 = 60;
  let y = doc.y + 4;
  const rowHeight = (cells: string[]) =>
    Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: t.columns[i]!.width - 6 }))) + 6;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? FONTS.bold : FONTS.regular).fontSize(10);
    const h = rowHeight(cells);
    if (y + h > doc.page.height - 60) {
      doc.addPage();
      y = 50;
    }
    let x = x0;
    cells.forEach((cell, i) => {
      const w = t.columns[i]!.width;
      doc.rect(x, y, w, h).lineWidth(0.5).stroke();
      doc.text(cell, x + 3, y + 3, { width: w - 6 });
      x += w;
    });
    y += h;
  };
  drawRow(
    t.columns.map((c) => c.title),
    true,
  );
  for (const row of t.rows) drawRow(row, false);
  doc.x = 60;
  doc.y = y + 6;
}

/** Renders the decision as an A4 portrait PDF (unsigned; see signing/sign-pdf). */
export async function renderOfficialDecisionPdf(data: OfficialDecisionData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 40, bottom: 40, left: 60, right: 45 },
    info: { Title: `Quyết định ${data.number}`, Author: data.issuerName, Producer: 'OCOP' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  header(doc, data);
  const width = doc.page.width - 105;
  doc.font(FONTS.bold).fontSize(14).text('QUYẾT ĐỊNH', 60, 150, { width, align: 'center' });
  doc.font(FONTS.bold).fontSize(12.5).text(data.subject, { width, align: 'center' });
  doc.moveDown(0.8);
  const authority =
    data.issuerLevel === 'nation'
      ? 'BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'
      : `CHỦ TỊCH ${data.issuerName.toUpperCase()}`;
  doc.font(FONTS.bold).fontSize(12.5).text(authority, { width, align: 'center' });
  doc.moveDown(0.6);
  doc.font(FONTS.italic).fontSize(12.5);
  for (const basis of data.legalBases) doc.text(`Căn cứ ${basis};`, { width, align: 'justify', indent: 28 });
  doc.text(`${data.proposedBy}.`, { width, align: 'justify', indent: 28 });
  doc.moveDown(0.6);
  doc.font(FONTS.bold).fontSize(13).text('QUYẾT ĐỊNH:', { width, align: 'center' });
  doc.moveDown(0.4);
  for (const article of data.articles) {
    doc.font(FONTS.bold).fontSize(12.5).text(`${article.heading} `, { continued: true, indent: 28, width });
    doc.font(FONTS.regular).text(article.text, { width, align: 'justify' });
    if (article.table) table(doc, article.table);
    doc.moveDown(0.3);
  }
  if (doc.y > doc.page.height - 220) doc.addPage();
  const top = doc.y + 16;
  doc.font(FONTS.bold).fontSize(11).text('Nơi nhận:', 60, top, { width: 220 });
  doc.font(FONTS.regular).fontSize(10);
  for (const recipient of data.recipients) doc.text(`- ${recipient};`, 60, doc.y, { width: 220 });
  const signatory: Signatory = {
    issuerLevel: data.issuerLevel,
    issuerName: data.issuerName,
    signerName: data.isDraft ? null : data.signerName,
    signedOn: data.isDraft ? null : data.signedOn,
  };
  drawSignatoryBlock(doc, signatory, 300, top, 250);
  doc.end();
  return done;
}
