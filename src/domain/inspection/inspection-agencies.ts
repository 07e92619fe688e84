/**
 * Cơ quan kiểm tra chuyên ngành — the sectoral agencies that post-inspect OCOP products
 * (OCOP.md §12). Culture, sports and tourism inspects the tourism set (26) only.
 */
export const INSPECTION_AGENCIES = [
  'health',
  'industry_trade',
  'agriculture_environment',
  'science_technology',
  'culture_sports_tourism',
] as const;
export type InspectionAgency = (typeof INSPECTION_AGENCIES)[number];

export const INSPECTION_AGENCY_LABELS = {
  health: { vi: 'Sở Y tế', en: 'Department of Health' },
  industry_trade: { vi: 'Sở Công Thương', en: 'Department of Industry and Trade' },
  agriculture_environment: {
    vi: 'Sở Nông nghiệp và Môi trường',
    en: 'Department of Agriculture and Environment',
  },
  science_technology: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' },
  culture_sports_tourism: {
    vi: 'Sở Văn hóa, Thể thao và Du lịch',
    en: 'Department of Culture, Sports and Tourism',
  },
} as const satisfies Record<InspectionAgency, { vi: string; en: string }>;

/** The product sets an agency may inspect: culture-sports-tourism only set 26 (tourism), the others any. */
export function canAgencyInspectSet(agency: InspectionAgency, productSet: number | null): boolean {
  if (agency !== 'culture_sports_tourism') return true;
  return productSet === 26;
}
