/**
 * Product taxonomy of Decision 148/QĐ-TTg (24/02/2023), Appendix I: 6 groups (ngành) →
 * 17 sub-groups (nhóm) → 26 product sets (bộ sản phẩm).
 *
 * Managing agencies are NOT fixed by the Decision's tables in a form we could verify [open]: the
 * values below are defaults derived from the sectoral food-safety/product management split
 * (Decree 15/2018/NĐ-CP for foods, Law on Pharmacy for medicines and cosmetics, tourism law for
 * set 26) and from the 01/03/2025 ministry merger. A province may override them in its settings.
 */

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

export const TAXONOMY_148: readonly ProductGroup[] = [
  {
    number: 1,
    nameVi: 'Thực phẩm',
    nameEn: 'Food',
    subGroups: [
      {
        code: '1.1',
        nameVi: 'Thực phẩm tươi sống',
        nameEn: 'Fresh food',
        sets: [
          { setNumber: 1, managingAgency: 'agriculture-and-environment' },
          { setNumber: 2, managingAgency: 'agriculture-and-environment' },
        ],
      },
      {
        code: '1.2',
        nameVi: 'Thực phẩm thô, sơ chế',
        nameEn: 'Raw and pre-processed food',
        sets: [
          { setNumber: 3, managingAgency: 'agriculture-and-environment' },
          { setNumber: 4, managingAgency: 'agriculture-and-environment' },
        ],
      },
      {
        code: '1.3',
        nameVi: 'Thực phẩm chế biến',
        nameEn: 'Processed food',
        sets: [
          { setNumber: 5, managingAgency: 'agriculture-and-environment' },
          { setNumber: 6, managingAgency: 'agriculture-and-environment' },
          { setNumber: 7, managingAgency: 'agriculture-and-environment' },
          { setNumber: 8, managingAgency: 'agriculture-and-environment' },
        ],
      },
      {
        code: '1.4',
        nameVi: 'Gia vị',
        nameEn: 'Condiments',
        sets: [
          { setNumber: 9, managingAgency: 'agriculture-and-environment' },
          { setNumber: 10, managingAgency: 'agriculture-and-environment' },
        ],
      },
      {
        code: '1.5',
        nameVi: 'Chè',
        nameEn: 'Tea',
        sets: [
          { setNumber: 11, managingAgency: 'agriculture-and-environment' },
          { setNumber: 12, managingAgency: 'agriculture-and-environment' },
        ],
      },
      {
        code: '1.6',
        nameVi: 'Cà phê, ca cao',
        nameEn: 'Coffee and cocoa',
        sets: [{ setNumber: 13, managingAgency: 'agriculture-and-environment' }],
      },
    ],
  },
  {
    number: 2,
    nameVi: 'Đồ uống',
    nameEn: 'Beverages',
    subGroups: [
      {
        code: '2.1',
        nameVi: 'Đồ uống có cồn',
        nameEn: 'Alcoholic drinks',
        sets: [
          { setNumber: 14, managingAgency: 'industry-and-trade' },
          { setNumber: 15, managingAgency: 'industry-and-trade' },
        ],
      },
      {
        code: '2.2',
        nameVi: 'Đồ uống không cồn',
        nameEn: 'Non-alcoholic drinks',
        sets: [
          { setNumber: 16, managingAgency: 'health' },
          { setNumber: 17, managingAgency: 'industry-and-trade' },
        ],
      },
    ],
  },
  {
    number: 3,
    nameVi: 'Dược liệu và sản phẩm từ dược liệu',
    nameEn: 'Medicinal herbs and herbal products',
    subGroups: [
      {
        code: '3.1',
        nameVi: 'Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền',
        nameEn: 'Functional foods, herbal and traditional medicines',
        sets: [{ setNumber: 18, managingAgency: 'health' }],
      },
      {
        code: '3.2',
        nameVi: 'Mỹ phẩm',
        nameEn: 'Cosmetics',
        sets: [{ setNumber: 19, managingAgency: 'health' }],
      },
      {
        code: '3.3',
        nameVi: 'Tinh dầu và thảo dược khác',
        nameEn: 'Essential oils and other herbs',
        sets: [{ setNumber: 20, managingAgency: 'agriculture-and-environment' }],
      },
    ],
  },
  {
    number: 4,
    nameVi: 'Thủ công mỹ nghệ',
    nameEn: 'Handicrafts',
    subGroups: [
      {
        code: '4.1',
        nameVi: 'Thủ công mỹ nghệ gia dụng, trang trí',
        nameEn: 'Household and decorative handicrafts',
        sets: [{ setNumber: 21, managingAgency: 'industry-and-trade', isExpiryDateOptional: true }],
      },
      {
        code: '4.2',
        nameVi: 'Vải, may mặc',
        nameEn: 'Fabric and garments',
        sets: [{ setNumber: 22, managingAgency: 'industry-and-trade', isExpiryDateOptional: true }],
      },
    ],
  },
  {
    number: 5,
    nameVi: 'Sinh vật cảnh',
    nameEn: 'Ornamental plants and animals',
    subGroups: [
      {
        code: '5.1',
        nameVi: 'Hoa',
        nameEn: 'Flowers',
        sets: [{ setNumber: 23, managingAgency: 'agriculture-and-environment', isExpiryDateOptional: true }],
      },
      {
        code: '5.2',
        nameVi: 'Cây cảnh',
        nameEn: 'Ornamental plants',
        sets: [{ setNumber: 24, managingAgency: 'agriculture-and-environment', isExpiryDateOptional: true }],
      },
      {
        code: '5.3',
        nameVi: 'Động vật cảnh',
        nameEn: 'Ornamental animals',
        sets: [{ setNumber: 25, managingAgency: 'agriculture-and-environment', isExpiryDateOptional: true }],
      },
    ],
  },
  {
    number: 6,
    nameVi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    nameEn: 'Community tourism, eco-tourism and tourist spots',
    subGroups: [
      {
        code: '6.1',
        nameVi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
        nameEn: 'Community tourism, eco-tourism and tourist spots',
        sets: [{ setNumber: 26, managingAgency: 'culture-sports-tourism', isExpiryDateOptional: true }],
      },
    ],
  },
];

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
