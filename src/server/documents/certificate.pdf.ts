/**
 * The OCOP certificate (giấy chứng nhận sản phẩm OCOP) as a PDF: A4 landscape, Be Vietnam Pro
 * (every Vietnamese diacritic), the OCOP star mark drawn as vectors, and a QR code carrying the
 * public verification URL `/c/<number>`. Several certificates make one PDF (bulk printing).
 */
import { PDF_FONTS } from './pdf-fonts';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { placeAndDate } from './dossier-pdf-layout';
import { drawSignatoryBlock } from './signatory-block';

const FONTS = PDF_FONTS;

const RED = '#b3261e';
const GOLD = '#d4a017';

export interface CertificatePdfData {
  number: string;
  productName: string;
  productSet: number;
  producerName: string;
  communeName: string;
  provinceName: string;
  stars: number;
  issuedOn: string;
  validUntil: string;
  issuerName: string;
  decisionNumber: string;
  decisionDate: string;
  verificationUrl: string;
  /** Shown across the page when the certificate is no longer valid (reprints of records). */
  statusNoteVi?: string;
  /** The leader who approved the decision (signatory block); null or absent: the block names no one. */
  signerName?: string | null;
  /** 'nation' for a certificate of the ministry (5★), otherwise a People's Committee. */
  issuerLevel?: string;
}

type Doc = InstanceType<typeof PDFDocument>;

/** "ngày 06 tháng 12 năm 2026": an official document writes its dates in words (Decree 30/2020/NĐ-CP). */
const dateInWords = (iso: string): string =>
  `ngày ${iso.slice(8, 10)} tháng ${iso.slice(5, 7)} năm ${iso.slice(0, 4)}`;

/** The place of the "place and date" line: the province's name without "Tỉnh"/"Thành phố". */
const placeOf = (provinceName: string): string =>
  provinceName.replace(/^(tỉnh|thành phố)\s+/i, '').trim() || 'Hà Nội';

/** A five-pointed star centred on (cx, cy). */
function star(doc: Doc, cx: number, cy: number, outer: number, color: string): void {
  const inner = outer * 0.4;
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i += 1) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  doc
    .save()
    .polygon(...points)
    .fill(color)
    .restore();
}

/** The OCOP mark: a red roundel with the word OCOP and the stars awarded beneath it. */
function ocopMark(doc: Doc, cx: number, cy: number, stars: number): void {
  doc.save().circle(cx, cy, 34).fill(RED).restore();
  doc
    .font(FONTS.bold)
    .fontSize(17)
    .fillColor('white')
    .text('OCOP', cx - 34, cy - 11, { width: 68, align: 'center' });
  const size = 11;
  const start = cx - ((stars - 1) * size * 2.3) / 2;
  for (let i = 0; i < stars; i += 1) star(doc, start + i * size * 2.3, cy + 54, size, GOLD);
  doc.fillColor('black');
}

async function page(doc: Doc, data: CertificatePdfData): Promise<void> {
  const { width, height } = doc.page;
  doc
    .lineWidth(3)
    .strokeColor(RED)
    .rect(20, 20, width - 40, height - 40)
    .stroke();
  doc
    .lineWidth(0.8)
    .strokeColor(GOLD)
    .rect(28, 28, width - 56, height - 56)
    .stroke();
  doc.fillColor('black');
  doc
    .font(FONTS.bold)
    .fontSize(12)
    .text(data.issuerName.toUpperCase(), 50, 48, { width: 330, align: 'center' });
  doc.font(FONTS.regular).fontSize(10).text(`Số: ${data.number}`, 50, 66, { width: 330, align: 'center' });
  doc
    .font(FONTS.bold)
    .fontSize(12)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', width - 400, 48, { width: 350, align: 'center' });
  doc
    .font(FONTS.bold)
    .fontSize(11)
    .text('Độc lập - Tự do - Hạnh phúc', width - 400, 66, { width: 350, align: 'center' });
  doc
    .font(FONTS.italic)
    .fontSize(11)
    .text(placeAndDate(placeOf(data.provinceName), data.issuedOn), width - 400, 86, {
      width: 350,
      align: 'center',
    });

  ocopMark(doc, width / 2, 140, data.stars);
  doc
    .font(FONTS.bold)
    .fontSize(26)
    .fillColor(RED)
    .text('GIẤY CHỨNG NHẬN', 50, 220, { width: width - 100, align: 'center' });
  doc
    .font(FONTS.bold)
    .fontSize(15)
    .text(`SẢN PHẨM OCOP ĐẠT ${data.stars} SAO`, 50, 254, { width: width - 100, align: 'center' });
  doc
    .fillColor('black')
    .font(FONTS.italic)
    .fontSize(10)
    .text('Chương trình mỗi xã một sản phẩm', 50, 276, { width: width - 100, align: 'center' });

  const left = 90;
  let y = 306;
  const line = (label: string, value: string, bold = false): void => {
    doc
      .font(FONTS.regular)
      .fontSize(12)
      .text(label, left, y, { continued: true, width: width - 380 });
    doc.font(bold ? FONTS.bold : FONTS.regular).text(` ${value}`);
    y = doc.y + 5;
  };
  line('Sản phẩm:', data.productName, true);
  line('Chủ thể:', data.producerName, true);
  line('Địa chỉ:', [data.communeName, data.provinceName].filter(Boolean).join(', '));
  line('Bộ sản phẩm:', String(data.productSet));
  line(
    'Theo Quyết định số',
    `${data.decisionNumber} ${dateInWords(data.decisionDate)} của ${data.issuerName}`,
  );
  line('Cấp', dateInWords(data.issuedOn));
  line('Có giá trị đến hết', dateInWords(data.validUntil), true);

  const qr = await QRCode.toBuffer(data.verificationUrl, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 2,
    width: 360,
  });
  const qrSize = 100;
  const qrX = width - 90 - qrSize;
  const qrY = 200;
  doc.image(qr, qrX, qrY, { width: qrSize, height: qrSize });
  doc
    .font(FONTS.regular)
    .fontSize(8)
    .text('Quét mã để kiểm tra', qrX - 20, qrY + qrSize + 2, {
      width: qrSize + 40,
      align: 'center',
    });
  drawSignatoryBlock(
    doc,
    {
      issuerLevel: data.issuerLevel ?? 'province',
      issuerName: data.issuerName,
      signerName: data.signerName ?? '',
      signedOn: data.decisionDate,
    },
    width - 285,
    390,
    240,
  );
  doc
    .font(FONTS.regular)
    .fontSize(7)
    .text(data.verificationUrl, 50, height - 46, { width: width - 100, align: 'left' });
  if (data.statusNoteVi)
    doc
      .font(FONTS.bold)
      .fontSize(20)
      .fillColor(RED)
      .text(data.statusNoteVi, 50, height - 110, { width: 360 })
      .fillColor('black');
}

/** Renders certificates, one per A4 landscape page. */
export async function renderCertificatesPdf(items: readonly CertificatePdfData[]): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    autoFirstPage: false,
    info: { Title: 'Giấy chứng nhận sản phẩm OCOP', Author: 'OCOP Platform' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const item of items) {
    doc.addPage();
    await page(doc, item);
  }
  doc.end();
  return done;
}
