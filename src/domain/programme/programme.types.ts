/**
 * Types of the annual OCOP cycle before the dossier (steps 2–3) and of the yearly plans with
 * targets (OCOP.md §9, §13). Pure data, shared by the server and the web.
 */

/** Ý tưởng sản phẩm / phương án kinh doanh: both go through the same commune review. */
export const PROPOSAL_STATUSES = ['submitted', 'changes_requested', 'accepted', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS = {
  submitted: { vi: 'Đã đăng ký, chờ xã xem xét', en: 'Registered, awaiting commune review' },
  changes_requested: { vi: 'Xã đề nghị bổ sung, sửa đổi', en: 'Commune asked for changes' },
  accepted: { vi: 'Được chấp thuận', en: 'Accepted' },
  declined: { vi: 'Không chấp thuận', en: 'Declined' },
} as const satisfies Record<ProposalStatus, { vi: string; en: string }>;

/** Kế hoạch OCOP hằng năm: drafted, approved by the unit's leader, amended as a new version. */
export const PLAN_STATUSES = ['draft', 'approved', 'amending'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  amending: { vi: 'Đang điều chỉnh', en: 'Being amended' },
} as const satisfies Record<PlanStatus, { vi: string; en: string }>;

/** The sections every OCOP plan has (issue 12, item 2), communication first. */
export const PLAN_SECTION_KINDS = [
  'communication',
  'training',
  'producer_development',
  'standardisation_quality',
  'traceability',
  'evaluation',
  'trade_promotion',
  'digital_transformation',
  'review_conference',
  'other',
] as const;
export type PlanSectionKind = (typeof PLAN_SECTION_KINDS)[number];

export const PLAN_SECTION_LABELS = {
  communication: { vi: 'Tuyên truyền, hướng dẫn', en: 'Communication and guidance' },
  training: { vi: 'Đào tạo, tập huấn', en: 'Training' },
  producer_development: { vi: 'Phát triển chủ thể, hợp tác xã', en: 'Producer and co-operative development' },
  standardisation_quality: { vi: 'Tiêu chuẩn hóa, chất lượng', en: 'Standardisation and quality' },
  traceability: { vi: 'Truy xuất nguồn gốc', en: 'Traceability' },
  evaluation: { vi: 'Đánh giá, phân hạng', en: 'Evaluation rounds' },
  trade_promotion: { vi: 'Xúc tiến thương mại', en: 'Trade promotion' },
  digital_transformation: { vi: 'Chuyển đổi số', en: 'Digital transformation' },
  review_conference: { vi: 'Hội nghị tổng kết', en: 'Review conference' },
  other: { vi: 'Nội dung khác', en: 'Other' },
} as const satisfies Record<PlanSectionKind, { vi: string; en: string }>;

/** Nguồn kinh phí (OCOP.md §13). */
export const BUDGET_SOURCES = [
  'national_target_programme',
  'province',
  'commune',
  'producers',
  'other',
] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

export const BUDGET_SOURCE_LABELS = {
  national_target_programme: { vi: 'Chương trình MTQG xây dựng NTM', en: 'National target programme' },
  province: { vi: 'Ngân sách tỉnh', en: 'Province budget' },
  commune: { vi: 'Ngân sách xã', en: 'Commune budget' },
  producers: { vi: 'Chủ thể đóng góp', en: 'Producers' },
  other: { vi: 'Nguồn khác', en: 'Other' },
} as const satisfies Record<BudgetSource, { vi: string; en: string }>;

export const ACTIVITY_STATUSES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_STATUS_LABELS = {
  not_started: { vi: 'Chưa triển khai', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
  cancelled: { vi: 'Hủy bỏ', en: 'Cancelled' },
} as const satisfies Record<ActivityStatus, { vi: string; en: string }>;

/** One budget line of an activity, in VND (đồng). */
export interface BudgetLine {
  source: BudgetSource;
  plannedVnd: number;
  spentVnd: number;
}

export interface PlanActivity {
  title: string;
  responsibleAgency: string;
  /** "2026-Q3" or "2026-07": the month or quarter the activity happens in. */
  timing: string;
  budget: BudgetLine[];
  status: ActivityStatus;
}

export interface PlanSection {
  kind: PlanSectionKind;
  title: string;
  activities: PlanActivity[];
}

/** A numeric target of an indicator of the catalogue the plan pinned. */
export interface PlanTarget {
  indicatorCode: string;
  target: number;
  note: string;
}

/** What a plan says; each approval freezes one copy of it as a version. */
export interface PlanContent {
  title: string;
  legalBasis: string[];
  goals: string;
  sections: PlanSection[];
  targets: PlanTarget[];
}
