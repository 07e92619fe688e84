import type { ReportNarrative } from '../../../db/repositories/reports.repository';
import type { ReportFigures } from '../../../domain/reports/report-figures';

/**
 * The tables of "báo cáo kết quả thực hiện Chương trình OCOP", shared by the Excel and the PDF:
 * Vietnamese headings, numbers kept as numbers (the Excel writes real number cells).
 */
export interface ReportTable {
  heading: string;
  columns: string[];
  rows: (string | number | null)[][];
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

export function reportTables(figures: ReportFigures): ReportTable[] {
  const stars = (label: string, s: ReportFigures['valid']) => [label, s.stars3, s.stars4, s.stars5, s.total];
  const groupTotal = figures.byGroup.reduce(
    (sum, g) => ({
      stars3: sum.stars3 + g.stars3,
      stars4: sum.stars4 + g.stars4,
      stars5: sum.stars5 + g.stars5,
      total: sum.total + g.total,
    }),
    { stars3: 0, stars4: 0, stars5: 0, total: 0 },
  );
  const tables: ReportTable[] = [
    {
      heading: 'I. Sản phẩm OCOP theo hạng sao',
      columns: ['Chỉ tiêu', '3 sao', '4 sao', '5 sao', 'Tổng số'],
      rows: [
        stars(`Sản phẩm còn hiệu lực đến ngày ${dmy(figures.asOf)}`, figures.valid),
        stars(
          `Sản phẩm được công nhận trong kỳ (${dmy(figures.period.from)} – ${dmy(figures.asOf)})`,
          figures.issued,
        ),
      ],
    },
    {
      heading: 'II. Sản phẩm OCOP còn hiệu lực theo nhóm sản phẩm',
      columns: ['Nhóm sản phẩm', '3 sao', '4 sao', '5 sao', 'Tổng số'],
      rows: [
        ...figures.byGroup.map((g) => stars(`${g.group}. ${g.nameVi}`, g)),
        stars('Tổng cộng', groupTotal),
      ],
    },
    {
      heading: 'III. Công nhận mới, nâng hạng, đánh giá lại, thu hồi trong kỳ',
      columns: ['Nội dung', 'Số sản phẩm'],
      rows: [
        ['Công nhận mới', figures.movements.newlyCertified],
        ['Nâng hạng', figures.movements.upgraded],
        ['Đánh giá lại (hết hiệu lực)', figures.movements.reEvaluated],
        ['Bị thu hồi giấy chứng nhận', figures.movements.revoked],
        ['Hết hiệu lực, chưa đánh giá lại', figures.movements.expired],
      ],
    },
    {
      heading: 'IV. Kết quả thực hiện chỉ tiêu kế hoạch',
      columns: ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ đạt (%)'],
      rows: figures.plan
        ? figures.plan.targets.map((t) => [t.labelVi, t.target, t.actual, t.percent])
        : [['Đơn vị chưa có kế hoạch OCOP năm trên hệ thống', null, null, null]],
    },
    {
      heading: 'V. Xúc tiến thương mại, tập huấn',
      columns: ['Nội dung', 'Số lượng'],
      rows: [
        ['Sự kiện xúc tiến thương mại trong kỳ', figures.tradePromotion.tradeEvents],
        ['Lớp tập huấn trong kỳ', figures.tradePromotion.trainingCourses],
        ['Điểm giới thiệu và bán sản phẩm OCOP', figures.tradePromotion.pointsOfSale],
      ],
    },
  ];
  return tables;
}

/** The free-text sections, in the order of the official layout. */
export function narrativeSections(narrative: ReportNarrative): { heading: string; text: string }[] {
  return [
    { heading: 'Kết quả nổi bật', text: narrative.summary },
    { heading: 'Hoạt động xúc tiến thương mại', text: narrative.tradePromotion },
    { heading: 'VI. Khó khăn, vướng mắc', text: narrative.difficulties },
    { heading: 'VII. Đề xuất, kiến nghị', text: narrative.proposals },
  ];
}
