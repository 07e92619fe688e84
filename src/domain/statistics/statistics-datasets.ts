/**
 * What the statistics answer (thống kê): datasets, the dimensions each can be broken down by, the
 * measures it sums, and the filters it takes. Pure data shared by the API, the dashboards and the
 * open data dictionary.
 */
import { TAXONOMY_148 } from '../rubric/catalogue/148/taxonomy-148';

export const STATISTICS_DATASETS = [
  'certificates',
  'products',
  'dossiers',
  'leadTimes',
  'councils',
  'stamps',
] as const;
export type StatisticsDataset = (typeof STATISTICS_DATASETS)[number];

export const STATISTICS_DIMENSIONS = [
  'stars',
  'group',
  'set',
  'province',
  'commune',
  'formerProvince',
  'formerDistrict',
  'producerType',
  'year',
  'status',
  'type',
  'stage',
  'level',
  'month',
] as const;
export type StatisticsDimension = (typeof STATISTICS_DIMENSIONS)[number];

export const STATISTICS_FILTERS = [
  'year',
  'group',
  'set',
  'stars',
  'status',
  'producerType',
  'type',
] as const;
export type StatisticsFilter = (typeof STATISTICS_FILTERS)[number];

/** Per dataset: the dimensions it has, its measures (summed) and the filters it takes. */
export const DATASET_SHAPES = {
  certificates: {
    dimensions: [
      'stars',
      'group',
      'set',
      'province',
      'commune',
      'formerProvince',
      'formerDistrict',
      'producerType',
      'year',
      'status',
    ],
    measures: ['certificates', 'products', 'expiring'],
    filters: ['year', 'group', 'set', 'stars', 'status', 'producerType'],
  },
  products: {
    dimensions: ['group', 'set', 'province', 'commune', 'producerType', 'status'],
    measures: ['products'],
    filters: ['group', 'set', 'status', 'producerType'],
  },
  dossiers: {
    dimensions: ['province', 'commune', 'status', 'type', 'group', 'set', 'year'],
    measures: ['dossiers', 'overdue'],
    filters: ['year', 'group', 'set', 'status', 'type'],
  },
  leadTimes: {
    dimensions: ['stage', 'year'],
    measures: ['dossiers', 'medianDays', 'p90Days'],
    filters: ['year'],
  },
  councils: {
    dimensions: ['province', 'level', 'year'],
    measures: ['rounds', 'productsScored', 'productsRescored'],
    filters: ['year'],
  },
  stamps: {
    dimensions: ['province', 'month'],
    measures: ['ordered', 'scans', 'suspectedCopies', 'fakeReports'],
    filters: ['year'],
  },
} as const satisfies Record<
  StatisticsDataset,
  {
    dimensions: readonly StatisticsDimension[];
    measures: readonly string[];
    filters: readonly StatisticsFilter[];
  }
>;

/**
 * Certificate statuses of the figures. `expiring` is not a status of its own: a valid certificate
 * that ends within {@link EXPIRING_WITHIN_DAYS} days (filter `status=expiring`, measure `expiring`).
 */
export const CERTIFICATE_FIGURE_STATUSES = ['valid', 'expiring', 'expired', 'revoked', 'superseded'] as const;
export const EXPIRING_WITHIN_DAYS = 90;

/** Lead-time stages: submission → commune forward → province acceptance → decision, and the whole. */
export const LEAD_TIME_STAGES = ['commune', 'province', 'decision', 'total'] as const;

/** Product set → product group (nhóm) of Decision 148. */
export const SET_GROUPS: readonly { setNumber: number; group: number }[] = TAXONOMY_148.flatMap((group) =>
  group.subGroups.flatMap((sub) =>
    sub.sets.map((set) => ({ setNumber: set.setNumber, group: group.number })),
  ),
);

/** Labels of the measures, for tables, charts and the open data dictionary. */
export const MEASURE_LABELS: Record<string, { vi: string; en: string }> = {
  certificates: { vi: 'Giấy chứng nhận', en: 'Certificates' },
  products: { vi: 'Sản phẩm', en: 'Products' },
  expiring: { vi: 'Sắp hết hạn (90 ngày)', en: 'Expiring within 90 days' },
  dossiers: { vi: 'Hồ sơ', en: 'Dossiers' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  medianDays: { vi: 'Trung vị (ngày)', en: 'Median (days)' },
  p90Days: { vi: 'Bách phân vị 90 (ngày)', en: '90th percentile (days)' },
  rounds: { vi: 'Đợt đánh giá', en: 'Rounds' },
  productsScored: { vi: 'Sản phẩm được chấm', en: 'Products scored' },
  productsRescored: { vi: 'Sản phẩm chấm lại', en: 'Products re-scored' },
  ordered: { vi: 'Tem đã đặt', en: 'Stamps ordered' },
  scans: { vi: 'Lượt quét', en: 'Scans' },
  suspectedCopies: { vi: 'Tem nghi sao chép', en: 'Suspected copies' },
  fakeReports: { vi: 'Báo cáo nghi giả', en: 'Fake reports' },
};

/** True when `dataset` can be broken down by every one of `dimensions`. */
export function hasDimensions(
  dataset: StatisticsDataset,
  dimensions: readonly StatisticsDimension[],
): boolean {
  const allowed: readonly string[] = DATASET_SHAPES[dataset].dimensions;
  return dimensions.every((dimension) => allowed.includes(dimension));
}
