/**
 * Product taxonomy of Decision 148/QĐ-TTg (24/02/2023), Appendix I: 6 groups (ngành) →
 * 17 sub-groups (nhóm) → 26 product sets (bộ sản phẩm).
 *
 * Managing agencies are NOT fixed by the Decision's tables in a form we could verify [open]: the
 * values in taxonomy-148.json are defaults derived from the sectoral food-safety/product management split
 * (Decree 15/2018/NĐ-CP for foods, Law on Pharmacy for medicines and cosmetics, tourism law for
 * set 26) and from the 01/03/2025 ministry merger. A province may override them in its settings.
 */
import taxonomy from './taxonomy-148.json' with { type: 'json' };

export const MANAGING_AGENCIES = {
  'agriculture-and-environment': {
    vi: 'Sở Nông nghiệp và Môi trường',
    en: 'Department of Agriculture and Environment',
  },
  'industry-and-trade': { vi: 'Sở Công Thương', en: 'Department of Industry and Trade' },
  health: { vi: 'Sở Y tế', en: 'Department of Health' },
  'culture-sports-tourism': {
    vi: 'Sở Văn hóa, Thể thao và Du lịch',
    en: 'Department of Culture, Sports and Tourism',
  },
} as const;
export type ManagingAgency = keyof typeof MANAGING_AGENCIES;

export interface ProductGroup {
  number: number;
  nameVi: string;
  nameEn: string;
  subGroups: readonly ProductSubGroup[];
}
export interface ProductSubGroup {
  code: string;
  nameVi: string;
  nameEn: string;
  sets: readonly ProductSetPlacement[];
}
export interface ProductSetPlacement {
  setNumber: number;
  managingAgency: ManagingAgency;
  /**
   * True when the set's goods carry no expiry date (hạn sử dụng) on their label — handicrafts,
   * fabrics, flowers, ornamental plants and animals, tourism services — so ordering stamps does
   * not ask for one. Absent: the expiry date is required. Labelling duties follow Decree
   * 43/2017/NĐ-CP (amended by 111/2021/NĐ-CP); a province may read them differently [open].
   */
  isExpiryDateOptional?: boolean;
}

export const TAXONOMY_148_NOTE_VI =
  'Cơ quan quản lý ngành theo bộ sản phẩm là giá trị mặc định, cần tỉnh xác nhận (chưa có căn cứ cố định).';
export const TAXONOMY_148_NOTE_EN =
  'Managing agency per set is a default to be confirmed by each province (not fixed by a verifiable legal table).';

/**
 * The 26 sets in their groups and sub-groups, read from `taxonomy-148.json`; a managing agency
 * the list above does not know stops the module from loading.
 */
export const TAXONOMY_148: readonly ProductGroup[] = checkedTaxonomy(taxonomy);

function checkedTaxonomy(groups: typeof taxonomy): readonly ProductGroup[] {
  for (const group of groups)
    for (const subGroup of group.subGroups)
      for (const placement of subGroup.sets)
        if (!(placement.managingAgency in MANAGING_AGENCIES))
          throw new Error(`taxonomy-148.json: set ${placement.setNumber} names an unknown managing agency`);
  return groups as readonly ProductGroup[];
}

/** Where a set sits in the taxonomy; undefined for an unknown set number. */
export function findSetPlacement148(
  setNumber: number,
): { group: ProductGroup; subGroup: ProductSubGroup; managingAgency: ManagingAgency } | undefined {
  for (const group of TAXONOMY_148)
    for (const subGroup of group.subGroups)
      for (const s of subGroup.sets)
        if (s.setNumber === setNumber) return { group, subGroup, managingAgency: s.managingAgency };
  return undefined;
}

/**
 * Whether ordering stamps for a product of `setNumber` needs the lot's expiry date: false for the
 * sets flagged `isExpiryDateOptional`; true for every other set, and for a number the taxonomy does
 * not know (the safe reading).
 */
export function isExpiryDateRequired(setNumber: number): boolean {
  for (const group of TAXONOMY_148)
    for (const subGroup of group.subGroups)
      for (const placement of subGroup.sets)
        if (placement.setNumber === setNumber) return placement.isExpiryDateOptional !== true;
  return true;
}
