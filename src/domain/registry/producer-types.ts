/**
 * Producer types (loại hình chủ thể OCOP) of OCOP.md §11, with labels for screens, forms and
 * import files.
 */
export const PRODUCER_TYPES = ['enterprise', 'cooperative', 'cooperative_group', 'household'] as const;

export type ProducerType = (typeof PRODUCER_TYPES)[number];

export const PRODUCER_TYPE_LABELS = {
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  cooperative: { vi: 'Hợp tác xã', en: 'Co-operative' },
  cooperative_group: { vi: 'Tổ hợp tác', en: 'Co-operative group' },
  household: { vi: 'Hộ sản xuất kinh doanh', en: 'Household business' },
} as const satisfies Record<ProducerType, { vi: string; en: string }>;

export function isProducerType(value: string): value is ProducerType {
  return (PRODUCER_TYPES as readonly string[]).includes(value);
}

/** Genders recorded for the legal representative (criterion A.3.b counts a woman). */
export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * The legal representative (người đại diện theo pháp luật). Personal data: only roles that need it
 * for criterion A.3.b see it (see `producer-policy.ts`).
 */
export interface LegalRepresentative {
  fullName: string;
  title: string;
  gender: Gender;
  isEthnicMinority: boolean;
  /** Name of the ethnic group when `isEthnicMinority` (e.g. "Tày", "Thái"). */
  ethnicity?: string | null | undefined;
}

/** Workforce figures (lao động): local labour weighs in criterion A.1. */
export interface Workforce {
  total?: number | null | undefined;
  female?: number | null | undefined;
  local?: number | null | undefined;
  ethnicMinority?: number | null | undefined;
}

/** How to reach the producer. */
export interface ProducerContacts {
  phone?: string | null | undefined;
  email?: string | null | undefined;
  website?: string | null | undefined;
}
