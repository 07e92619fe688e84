/**
 * Printable blank scoring sheet (phiếu chấm điểm) of one product set: A4, Be Vietnam Pro, the
 * sheet as the Decision prints it — parts, groups, criteria, □ option boxes with points and the
 * `***`/`****`/`*****` mandatory flags — plus member, product and signature fields.
 */
import { PDF_FONTS } from './pdf-fonts';
import PDFDocument from 'pdfkit';
import { optionFlagLabel } from '../../domain/rubric/flag-labels';
import type {
  MandatoryStarLevel,
  RubricCriterion,
  RubricSheet,
  RubricVersion,
} from '../../domain/rubric/rubric.types';

const FONTS = PDF_FONTS;

const MARGIN = 42;
const POINTS_COLUMN = 46;
const COMMUNE_LABEL_VI = 'UBND xã đánh giá (Biểu 3)';

export interface BlankScoreSheetInput {
  sheet: RubricSheet;
  version: Pick<RubricVersion, 'id' | 'legalBasis'>;
}

type Doc = InstanceType<typeof PDFDocument>;

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** A line of text with a right-hand points column; returns after moving below it. */
function row(
  doc: Doc,
  opts: {
    text: string;
    points?: string;
    indent: number;
    font: keyof typeof FONTS;
    size: number;
    box?: boolean;
    gap?: number;
  },
): void {
  const left = MARGIN + opts.indent + (opts.box ? 14 : 0);
  const width = doc.page.width - MARGIN - POINTS_COLUMN - left;
  doc.font(FONTS[opts.font]).fontSize(opts.size);
  const height = doc.heightOfString(opts.text, { width });
  ensureSpace(doc, height + (opts.gap ?? 2));
  const top = doc.y;
  if (opts.box)
    doc
      .lineWidth(0.7)
      .rect(MARGIN + opts.indent + 1, top + 2, 8, 8)
      .stroke();
  doc.text(opts.text, left, top, { width });
  if (opts.points !== undefined)
    doc.text(opts.points, doc.page.width - MARGIN - POINTS_COLUMN, top, {
      width: POINTS_COLUMN,
      align: 'right',
    });
  doc.x = MARGIN;
  doc.y = top + height + (opts.gap ?? 2);
}

/** A flag printed as its meaning ("[Bắt buộc để đạt 4 sao]"), never as a bare "****". */
const stars = (n: MandatoryStarLevel | undefined): string => (n ? ` [${optionFlagLabel(n).vi}]` : '');

function criterion(doc: Doc, c: RubricCriterion, indent: number): void {
  const label = c.letter ? `${c.letter}) ${c.titleVi}` : c.titleVi;
  const marks = [c.assessedByCommune ? COMMUNE_LABEL_VI : '', c.code].filter(Boolean).join(' · ');
  row(doc, {
    text: `${label}${stars(c.mandatoryForStar)}`,
    points: `${c.maxPoints}`,
    indent,
    font: 'bold',
    size: 9.5,
  });
  row(doc, { text: marks, indent, font: 'italic', size: 7.5, gap: 1 });
  if (c.noteVi) row(doc, { text: c.noteVi, indent, font: 'italic', size: 8 });
  for (const sub of c.subCriteria ?? []) criterion(doc, sub, indent + 10);
  for (const o of c.options)
    row(doc, {
      text: `${o.textVi}${stars(o.mandatoryForStar)}`,
      points: `${o.points}`,
      indent: indent + 8,
      font: 'regular',
      size: 9,
      box: true,
    });
  if (c.knockOut) row(doc, { text: c.knockOut.textVi, indent: indent + 8, font: 'italic', size: 8 });
  doc.moveDown(0.25);
}

/**
 * Renders the blank sheet to PDF bytes. Invariant: every scorable criterion and every option of
 * the sheet is printed, in sheet order, with its points.
 */
export function renderBlankScoreSheetPdf(input: BlankScoreSheetInput): Promise<Buffer> {
  const { sheet, version } = input;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: `Phiếu chấm điểm OCOP — bộ ${sheet.setNumber}`, Subject: sheet.setNameVi },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  doc
    .font(FONTS.bold)
    .fontSize(13)
    .text('PHIẾU ĐÁNH GIÁ, CHẤM ĐIỂM SẢN PHẨM OCOP', { align: 'center', width });
  doc
    .font(FONTS.bold)
    .fontSize(11)
    .text(`Bộ sản phẩm số ${sheet.setNumber}: ${sheet.setNameVi}`, { align: 'center', width });
  doc
    .font(FONTS.italic)
    .fontSize(8.5)
    .text(
      `Theo Quyết định số ${version.legalBasis.number} ngày ${version.legalBasis.date.split('-').reverse().join('/')} của Thủ tướng Chính phủ — ${version.legalBasis.appendix}`,
      { align: 'center', width },
    );
  doc.moveDown(0.6);
  doc.font(FONTS.regular).fontSize(9.5);
  for (const line of ['Tên sản phẩm: ', 'Tên chủ thể: ', 'Họ tên thành viên hội đồng: ', 'Ngày chấm: '])
    doc.text(line.padEnd(line.length + 1) + '.'.repeat(Math.max(10, 150 - line.length * 1.6)), { width });
  doc
    .font(FONTS.italic)
    .fontSize(8)
    .text(
      'Đánh dấu X vào đúng một ô cho mỗi tiêu chí (trường hợp: chỉ chấm một trường hợp). [Bắt buộc để đạt 3 / 4 / 5 sao] sau một lựa chọn: phải chọn lựa chọn đó hoặc lựa chọn điểm cao hơn thì sản phẩm mới đạt số sao đó, dù đủ điểm; sau tên tiêu chí: cả tiêu chí là bắt buộc.',
      { width },
    );
  doc.moveDown(0.5);

  for (const part of sheet.parts) {
    ensureSpace(doc, 60);
    doc.moveDown(0.3);
    row(doc, {
      text: `Phần ${part.code}. ${part.titleVi.toUpperCase()} (${part.maxPoints} điểm)`,
      points: 'Điểm',
      indent: 0,
      font: 'bold',
      size: 11,
      gap: 4,
    });
    for (const group of part.groups) {
      ensureSpace(doc, 50);
      row(doc, {
        text: `${group.number}. ${group.titleVi}`,
        points: `${group.maxPoints}`,
        indent: 0,
        font: 'bold',
        size: 10,
        gap: 1,
      });
      if (group.noteVi) row(doc, { text: group.noteVi, indent: 4, font: 'italic', size: 8 });
      const single = group.criteria.length === 1 && group.criteria[0]!.code === group.code;
      if (single) {
        const c = group.criteria[0]!;
        for (const o of c.options)
          row(doc, {
            text: `${o.textVi}${stars(o.mandatoryForStar)}`,
            points: `${o.points}`,
            indent: 12,
            font: 'regular',
            size: 9,
            box: true,
          });
        doc.moveDown(0.25);
      } else for (const c of group.criteria) criterion(doc, c, 6);
      for (const k of group.cases ?? []) {
        row(doc, {
          text: k.titleVi,
          points: `${k.maxPoints}`,
          indent: 6,
          font: 'bold',
          size: 9.5,
          box: true,
        });
        for (const c of k.criteria) {
          if (c.code === k.code)
            for (const o of c.options)
              row(doc, {
                text: `${o.textVi}${stars(o.mandatoryForStar)}`,
                points: `${o.points}`,
                indent: 18,
                font: 'regular',
                size: 9,
                box: true,
              });
          else criterion(doc, c, 18);
        }
      }
    }
  }
  ensureSpace(doc, 90);
  doc.moveDown(0.8);
  doc
    .font(FONTS.bold)
    .fontSize(10.5)
    .text(
      `TỔNG ĐIỂM: ........ / ${sheet.maxPoints}     Phần A: ........   Phần B: ........   Phần C: ........`,
      MARGIN,
      doc.y,
      { width },
    );
  doc.moveDown(1.2);
  doc
    .font(FONTS.regular)
    .fontSize(9.5)
    .text('Thành viên hội đồng (ký, ghi rõ họ tên)', MARGIN + width / 2, doc.y, {
      width: width / 2,
      align: 'center',
    });

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONTS.regular)
      .fontSize(7.5)
      .text(
        `OCOP · ${version.id} · bộ ${sheet.setNumber} · trang ${i + 1}/${range.count}`,
        MARGIN,
        doc.page.height - MARGIN,
        { width, align: 'center' },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
