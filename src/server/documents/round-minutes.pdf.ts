/**
 * Biên bản họp hội đồng — the minutes of a round in the layout of Decree 30/2020/NĐ-CP: the
 * People's Committee and the council as issuing body, number and symbol, place and date in words,
 * the national title and motto; then council, members present and, for every product, each
 * member's total, the mean and the stars with the explanation; the secretary's and the chair's
 * signatures and "Nơi nhận". Vietnamese only.
 */
import PDFDocument from 'pdfkit';
import { drawOfficialHeader, vietnameseLongDate } from './official-decision.pdf';
import { PDF_FONTS } from './pdf-fonts';
import { peoplesCommitteeOf } from '../../domain/admin-units/unit-names';

const REGULAR = PDF_FONTS.regular;
const BOLD = PDF_FONTS.bold;
const ITALIC = PDF_FONTS.italic;

export interface MinutesData {
  /** The council's unit: a province, or the nation for the central council. */
  unit: { level: string; fullName: string };
  councilName: string;
  roundName: string;
  meetingOn: string;
  statusVi: string;
  chairName: string | null;
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

/** The body the council sits under, for the header and for "Nơi nhận". */
function governingBody(unit: MinutesData['unit']): { header: string; recipient: string; place: string } {
  if (unit.level === 'nation')
    return {
      header: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      recipient: 'Bộ Nông nghiệp và Môi trường',
      place: 'Hà Nội',
    };
  return {
    header: `ỦY BAN NHÂN DÂN ${unit.fullName.toLocaleUpperCase('vi')}`,
    recipient: peoplesCommitteeOf(unit.fullName),
    place: unit.fullName.replace(/^(Tỉnh|Thành phố)\s+/i, ''),
  };
}

/** Renders the minutes as an A4 portrait PDF. */
export async function renderRoundMinutesPdf(data: MinutesData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 40, bottom: 40, left: 60, right: 45 },
    info: { Title: `Biên bản — ${data.roundName}`, Producer: 'OCOP' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const body = governingBody(data.unit);
  drawOfficialHeader(doc, {
    authority: [body.header, 'HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP'],
    number: '      /BB-HĐOCOP',
    placeName: body.place,
    dateIso: data.meetingOn,
    isDraft: false,
  });
  const width = doc.page.width - 105;
  doc
    .font(BOLD)
    .fontSize(14)
    .text('BIÊN BẢN', 60, Math.max(doc.y + 24, 150), { width, align: 'center' });
  doc
    .font(BOLD)
    .fontSize(12.5)
    .text('Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP', { width, align: 'center' });
  doc.font(REGULAR).fontSize(12).text(`${data.councilName} — ${data.roundName}`, { width, align: 'center' });
  doc.moveDown(0.8);
  doc
    .font(REGULAR)
    .fontSize(12)
    .text(
      `Thời gian: ${vietnameseLongDate(data.meetingOn)}. Tình trạng của đợt đánh giá: ${data.statusVi}.`,
      {
        width,
        align: 'justify',
      },
    );
  doc.moveDown(0.5).font(BOLD).text('I. Thành phần hội đồng', { width });
  doc.font(REGULAR).fontSize(11.5);
  data.members.forEach((m, i) =>
    doc.text(`${i + 1}. ${m.fullName} — ${m.roleVi} (${m.agencyVi})`, { width }),
  );
  doc.moveDown(0.5).font(BOLD).fontSize(12).text('II. Kết quả chấm điểm', { width });
  data.products.forEach((p, i) => {
    doc
      .moveDown(0.4)
      .font(BOLD)
      .fontSize(11.5)
      .text(`${i + 1}. ${p.productName} — ${p.producerName} (bộ ${p.productSet})`, { width });
    doc.font(REGULAR).fontSize(11);
    for (const t of p.memberTotals)
      doc.text(`   - ${t.name}: ${t.total === null ? (t.noteVi ?? '—') : `${vnNumber(t.total)} điểm`}`, {
        width,
      });
    doc.text(
      `   Điểm trung bình: ${p.mean === null ? '—' : vnNumber(p.mean)}; hạng: ${p.stars === null ? '—' : `${p.stars} sao`}.`,
      { width },
    );
    doc.text(`   ${p.explanationVi}`, { width });
  });
  if (doc.y > doc.page.height - 200) doc.addPage();
  const top = doc.y + 24;
  const signature = (x: number, title: string, name: string | null) => {
    doc.font(BOLD).fontSize(12).text(title, x, top, { width: 220, align: 'center' });
    doc.font(ITALIC).fontSize(11).text('(Ký, ghi rõ họ tên)', x, doc.y, { width: 220, align: 'center' });
    if (name)
      doc
        .font(BOLD)
        .fontSize(12)
        .text(name, x, doc.y + 48, { width: 220, align: 'center' });
  };
  signature(60, 'THƯ KÝ HỘI ĐỒNG', null);
  signature(320, 'CHỦ TỊCH HỘI ĐỒNG', data.chairName);
  doc
    .font(BOLD)
    .fontSize(11)
    .text('Nơi nhận:', 60, top + 110, { width: 240 });
  doc.font(REGULAR).fontSize(10);
  for (const recipient of [
    body.recipient,
    'Cơ quan thường trực Chương trình OCOP',
    'Các thành viên Hội đồng',
    'Lưu: VT, HĐ.',
  ])
    doc.text(`- ${recipient}${recipient.endsWith('.') ? '' : ';'}`, 60, doc.y, { width: 240 });
  doc.end();
  return done;
}
