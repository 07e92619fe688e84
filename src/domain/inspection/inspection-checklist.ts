/**
 * Danh mục kiểm tra — what a post-inspection looks at (OCOP.md §12), as versioned data: an
 * inspection pins the version it was recorded under. Publish a new version instead of editing one.
 */
export interface ChecklistItem {
  code: string;
  vi: string;
  en: string;
}

export interface ChecklistVersion {
  version: string;
  effectiveFrom: string;
  items: readonly ChecklistItem[];
}

export const INSPECTION_CHECKLIST_VERSIONS: readonly ChecklistVersion[] = [
  {
    version: '2026-01',
    effectiveFrom: '2019-05-07',
    items: [
      { code: 'raw_material', vi: 'Nguồn gốc và vùng nguyên liệu', en: 'Raw material origin and area' },
      { code: 'local_labour', vi: 'Sử dụng lao động địa phương', en: 'Use of local labour' },
      { code: 'production_process', vi: 'Quy trình sản xuất', en: 'Production process' },
      {
        code: 'food_safety_certificate',
        vi: 'Giấy chứng nhận an toàn thực phẩm còn hiệu lực',
        en: 'Food-safety certificate in force',
      },
      { code: 'quality_declaration', vi: 'Hồ sơ công bố chất lượng', en: 'Quality declaration' },
      { code: 'traceability', vi: 'Hồ sơ truy xuất nguồn gốc', en: 'Traceability records' },
      { code: 'labels_packaging', vi: 'Nhãn hàng hóa và bao bì', en: 'Labels and packaging' },
      {
        code: 'ocop_mark',
        vi: 'Sử dụng biểu trưng OCOP và số sao',
        en: 'Use of the OCOP mark and stars',
      },
      { code: 'trademark', vi: 'Nhãn hiệu, sở hữu trí tuệ', en: 'Trademark' },
      { code: 'stamps', vi: 'Tem truy xuất đang sử dụng', en: 'Stamps in use' },
      { code: 'environment', vi: 'Bảo vệ môi trường', en: 'Environment' },
    ],
  },
];

export const CHECKLIST_RESULTS = ['pass', 'fail', 'not_applicable'] as const;
export type ChecklistResult = (typeof CHECKLIST_RESULTS)[number];

export const FINDING_SEVERITIES = ['minor', 'major', 'critical'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const FINDING_SEVERITY_LABELS = {
  minor: { vi: 'Nhẹ', en: 'Minor' },
  major: { vi: 'Nghiêm trọng', en: 'Major' },
  critical: { vi: 'Rất nghiêm trọng', en: 'Critical' },
} as const satisfies Record<FindingSeverity, { vi: string; en: string }>;

/** The checklist version in force on `date` (YYYY-MM-DD). */
export function checklistOn(date: string): ChecklistVersion {
  const inForce = INSPECTION_CHECKLIST_VERSIONS.filter((v) => v.effectiveFrom <= date).sort((a, b) =>
    b.effectiveFrom.localeCompare(a.effectiveFrom),
  );
  return inForce[0] ?? INSPECTION_CHECKLIST_VERSIONS[0]!;
}

export function findChecklistVersion(version: string): ChecklistVersion | undefined {
  return INSPECTION_CHECKLIST_VERSIONS.find((v) => v.version === version);
}
