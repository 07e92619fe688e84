/**
 * Biên bản họp hội đồng — the minutes of a round: council, date, members present, and for every
 * product each member's total, the mean, the stars with the explanation and where it goes next.
 */
import { PDF_FONTS } from './pdf-fonts';
import PDFDocument from 'pdfkit';

const REGULAR = PDF_FONTS.regular;
const BOLD = PDF_FONTS.bold;

export interface MinutesData {
  councilName: string;
  roundName: string;
  meetingOn: string;
  statusVi: string;
  members: { fullName: string; roleVi: string; agencyVi: string }[];
  products: {
    productName: string;
    producerName: string;
    productSet: number;
    memberTotals: { name: string; total: number | null; noteVi?: string }[];
    mean: number | null;
    stars: number | null;
    explanationVi: string;
  }[];
}

const vnNumber = (n: number): string => n.toFixed(2).replace('.', ',');

/** Renders the minutes as an A4 portrait PDF. */
export async function renderRoundMinutesPdf(data: MinutesData): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: `Biên bản — ${data.roundName}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc
    .font(BOLD)
    .fontSize(14)
    .text('BIÊN BẢN HỌP HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP', { align: 'center' });
  doc
    .moveDown(0.3)
    .font(REGULAR)
    .fontSize(11)
    .text(`${data.councilName} — ${data.roundName}`, { align: 'center' });
  doc.text(`Ngày họp: ${data.meetingOn.split('-').reverse().join('/')} · Trạng thái: ${data.statusVi}`, {
    align: 'center',
  });
  doc.moveDown().font(BOLD).text('I. Thành phần hội đồng');
  doc.font(REGULAR).fontSize(10);
  data.members.forEach((m, i) => doc.text(`${i + 1}. ${m.fullName} — ${m.roleVi} (${m.agencyVi})`));
  doc.moveDown().font(BOLD).fontSize(11).text('II. Kết quả chấm điểm');
  data.products.forEach((p, i) => {
    doc
      .moveDown(0.5)
      .font(BOLD)
      .fontSize(11)
      .text(`${i + 1}. ${p.productName} — ${p.producerName} (bộ ${p.productSet})`);
    doc.font(REGULAR).fontSize(10);
    for (const t of p.memberTotals)
      doc.text(`   • ${t.name}: ${t.total === null ? (t.noteVi ?? '—') : `${vnNumber(t.total)} điểm`}`);
    doc.text(
      `   Điểm trung bình: ${p.mean === null ? '—' : vnNumber(p.mean)} · Hạng: ${p.stars === null ? '—' : `${p.stars} sao`}`,
    );
    doc.text(`   ${p.explanationVi}`);
  });
  doc
    .moveDown(2)
    .font(BOLD)
    .text('THƯ KÝ HỘI ĐỒNG', 48, doc.y, { width: 220, align: 'center', continued: false });
  doc.text('CHỦ TỊCH HỘI ĐỒNG', 320, doc.y - 14, { width: 220, align: 'center' });
  doc.end();
  return done;
}
