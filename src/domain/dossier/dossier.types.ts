/**
 * The product dossier (hồ sơ sản phẩm) as plain data: its type, statuses, Biểu 1 registration
 * data, Biểu 2 self-assessment answers and Biểu 3 commune assessment. Glossary: `./README.md`.
 */

import type { ReEvaluationSection } from './re-evaluation';

/** First evaluation (đánh giá lần đầu), upgrade (nâng hạng), re-evaluation (đánh giá lại). */
export const DOSSIER_TYPES = ['first', 'upgrade', 're-evaluation'] as const;
export type DossierType = (typeof DOSSIER_TYPES)[number];

export const DOSSIER_TYPE_LABELS = {
  first: { vi: 'Đánh giá lần đầu', en: 'First evaluation' },
  upgrade: { vi: 'Nâng hạng', en: 'Upgrade' },
  're-evaluation': { vi: 'Đánh giá lại', en: 'Re-evaluation' },
} as const satisfies Record<DossierType, { vi: string; en: string }>;

/**
 * Every status of the intake workflow. The `*_district` statuses are used only by dossiers pinned
 * to the original 148 procedure (before 06/07/2025), which routes through a district level.
 */
export const DOSSIER_STATUSES = [
  'draft',
  'submitted',
  'returned_by_commune',
  'accepted_by_commune',
  'commune_assessed',
  'forwarded_to_district',
  'returned_by_district',
  'forwarded_to_province',
  'returned_by_province',
  'accepted_into_pool',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const DOSSIER_STATUS_LABELS = {
  draft: { vi: 'Đang soạn', en: 'Draft' },
  submitted: { vi: 'Đã nộp, chờ xã kiểm tra', en: 'Submitted to the commune' },
  returned_by_commune: { vi: 'Xã trả lại để bổ sung', en: 'Returned by the commune' },
  accepted_by_commune: { vi: 'Xã đã tiếp nhận', en: 'Accepted by the commune' },
  commune_assessed: { vi: 'Xã đã đánh giá (Biểu 3)', en: 'Assessed by the commune' },
  forwarded_to_district: { vi: 'Đã gửi huyện', en: 'Forwarded to the district' },
  returned_by_district: { vi: 'Huyện trả lại để bổ sung', en: 'Returned by the district' },
  forwarded_to_province: { vi: 'Đã gửi tỉnh', en: 'Forwarded to the province' },
  returned_by_province: { vi: 'Tỉnh trả lại để bổ sung', en: 'Returned by the province' },
  accepted_into_pool: { vi: 'Đã tiếp nhận, chờ đánh giá', en: 'Accepted for evaluation' },
} as const satisfies Record<DossierStatus, { vi: string; en: string }>;

/** Producer types of Biểu 1 (mirrors the registry). */
export const PRODUCER_TYPE_LABELS = {
  enterprise: 'Doanh nghiệp',
  cooperative: 'Hợp tác xã',
  cooperative_group: 'Tổ hợp tác',
  household: 'Hộ sản xuất kinh doanh',
} as const;

/** Biểu 1 — phiếu đăng ký sản phẩm: the registration data the producer declares. */
export interface DossierRegistration {
  producer: {
    name: string;
    type: string;
    registrationNumber: string;
    address: string;
    phone: string;
    email: string;
  };
  /** Snapshot of the legal representative at creation (A.3.b reads gender and ethnicity). */
  legalRepresentative: {
    fullName: string;
    title: string;
    gender: string;
    isEthnicMinority: boolean;
  };
  product: {
    name: string;
    description: string;
    packaging: string;
  };
  /** Further documents attached to the dossier, described in words (besides linked evidence). */
  attachments: string[];
  /** Number of product samples sent with the dossier (5 unless the set needs none). */
  sampleCount: number;
  /** Re-evaluation only: results after 3 years (kết quả sau 3 năm) and any on-site check. */
  reEvaluation?: ReEvaluationSection;
}

/** Biểu 2 — one self-assessment answer: option 1…n, 0 = none applies; evidence from the library. */
export interface DossierAnswer {
  option: number;
  evidenceIds: string[];
  note: string;
}

/** Answers keyed by scorable criterion code. */
export type DossierAnswers = Record<string, DossierAnswer>;

/** What a producer edits and what a submitted version freezes. */
export interface DossierContent {
  registration: DossierRegistration;
  answers: DossierAnswers;
}

/** Biểu 3 — the commune's choice for one commune-assessed criterion. */
export interface CommuneCriterionChoice {
  option: number;
  note: string;
}

/** Biểu 3 — báo cáo đánh giá của UBND xã. */
export interface CommuneAssessment {
  choices: Record<string, CommuneCriterionChoice>;
  conclusion: string;
  assessorName: string;
  assessedOn: string;
}

/** The commune's written request (văn bản đề nghị) sending a dossier to the next level. */
export interface ForwardRequest {
  number: string;
  date: string;
  signerName: string;
  signerTitle: string;
}

/** A return comment on one item of the dossier (a Biểu 1 field, a criterion code, samples…). */
export interface ItemComment {
  item: string;
  comment: string;
}

/** An empty Biểu 1, for new dossiers before the producer's data is copied in. */
export function emptyRegistration(): DossierRegistration {
  return {
    producer: { name: '', type: '', registrationNumber: '', address: '', phone: '', email: '' },
    legalRepresentative: { fullName: '', title: '', gender: '', isEthnicMinority: false },
    product: { name: '', description: '', packaging: '' },
    attachments: [],
    sampleCount: 0,
  };
}
