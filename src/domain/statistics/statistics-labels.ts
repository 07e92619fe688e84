/**
 * Vietnamese labels of the coded keys of figure tables (stars, groups, sets, statuses, producer
 * types, dossier types, lead-time stages, council levels). Unit names come from the units table.
 */
import { DOSSIER_STATUS_LABELS, DOSSIER_TYPE_LABELS } from '../dossier/dossier.types';
import { PRODUCER_TYPE_LABELS } from '../registry/producer-types';
import { PRODUCT_STATUS_LABELS } from '../registry/product-status';
import { productSetsInForce } from '../registry/product-sets';
import { TAXONOMY_148 } from '../rubric/catalogue/148/taxonomy-148';
import type { StatisticsDataset, StatisticsDimension } from './statistics-datasets';

export const CERTIFICATE_STATUS_FIGURE_LABELS: Record<string, { vi: string; en: string }> = {
  valid: { vi: 'Còn hiệu lực', en: 'Valid' },
  expiring: { vi: 'Sắp hết hạn (90 ngày)', en: 'Expiring within 90 days' },
  expired: { vi: 'Hết hạn', en: 'Expired' },
  revoked: { vi: 'Bị thu hồi', en: 'Revoked' },
  superseded: { vi: 'Đã thay thế', en: 'Superseded' },
};

export const LEAD_TIME_STAGE_LABELS: Record<string, { vi: string; en: string }> = {
  commune: { vi: 'Nộp → xã gửi lên', en: 'Submission → commune forward' },
  province: { vi: 'Xã gửi → tỉnh tiếp nhận', en: 'Commune forward → province acceptance' },
  decision: { vi: 'Tỉnh tiếp nhận → quyết định', en: 'Province acceptance → decision' },
  total: { vi: 'Toàn bộ (nộp → quyết định)', en: 'Whole (submission → decision)' },
};

const COUNCIL_LEVEL_LABELS: Record<string, string> = {
  district: 'Cấp huyện',
  province: 'Cấp tỉnh',
  central: 'Trung ương',
};

function lookup(table: Record<string, { vi: string }>, key: string): string {
  return table[key]?.vi ?? key;
}

/** The Vietnamese label of a coded key (`undefined` for unit ids, labelled from the units table). */
export function codedKeyLabel(
  dataset: StatisticsDataset,
  dimension: StatisticsDimension,
  value: string | number,
  today: string,
): string | undefined {
  const key = String(value);
  switch (dimension) {
    case 'stars':
      return `${key} sao`;
    case 'group':
      return TAXONOMY_148.find((group) => group.number === Number(value))?.nameVi ?? key;
    case 'set':
      return productSetsInForce(today).find((set) => set.setNumber === Number(value))?.nameVi ?? key;
    case 'producerType':
      return lookup(PRODUCER_TYPE_LABELS, key);
    case 'status':
      if (dataset === 'dossiers') return lookup(DOSSIER_STATUS_LABELS, key);
      if (dataset === 'products') return lookup(PRODUCT_STATUS_LABELS, key);
      return lookup(CERTIFICATE_STATUS_FIGURE_LABELS, key);
    case 'type':
      return lookup(DOSSIER_TYPE_LABELS, key);
    case 'stage':
      return lookup(LEAD_TIME_STAGE_LABELS, key);
    case 'level':
      return COUNCIL_LEVEL_LABELS[key] ?? key;
    case 'year':
    case 'month':
      return key;
    case 'province':
    case 'commune':
    case 'formerProvince':
    case 'formerDistrict':
      return undefined;
  }
}
