/**
 * The evaluation domain as plain data: councils (hội đồng), rounds (đợt đánh giá), score sheets
 * (phiếu chấm điểm), results, decisions (quyết định) and certificates (giấy chứng nhận).
 * Glossary: `./README.md`.
 */

/** The level a council works at (district only for historical data under the original 148). */
export const COUNCIL_LEVELS = ['district', 'province', 'central'] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];

/** Role of a person in a council. Advisors (tổ tư vấn / tổ giúp việc) prepare, never score. */
export const COUNCIL_MEMBER_ROLES = ['chair', 'vice_chair', 'member', 'secretary', 'advisor'] as const;
export type CouncilMemberRole = (typeof COUNCIL_MEMBER_ROLES)[number];

/** Roles that score and count towards the council's size and quorum. */
export const VOTING_MEMBER_ROLES = [
  'chair',
  'vice_chair',
  'member',
] as const satisfies readonly CouncilMemberRole[];

export const COUNCIL_MEMBER_ROLE_LABELS = {
  chair: { vi: 'Chủ tịch hội đồng', en: 'Chair' },
  vice_chair: { vi: 'Phó Chủ tịch hội đồng', en: 'Vice-chair' },
  member: { vi: 'Thành viên', en: 'Member' },
  secretary: { vi: 'Thư ký', en: 'Secretary' },
  advisor: { vi: 'Tổ tư vấn / giúp việc', en: 'Advisory team' },
} as const satisfies Record<CouncilMemberRole, { vi: string; en: string }>;

/**
 * The agency a member comes from. Natural resources and environment merged into agriculture and
 * environment on 01/03/2025; `peoples-committee` is the leadership of the level (the chair).
 */
export const AGENCIES = [
  'peoples-committee',
  'agriculture-and-environment',
  'science-and-technology',
  'industry-and-trade',
  'health',
  'culture-sports-tourism',
  'ministry',
  'other',
] as const;
export type Agency = (typeof AGENCIES)[number];

export const AGENCY_LABELS = {
  'peoples-committee': { vi: 'Ủy ban nhân dân', en: "People's Committee" },
  'agriculture-and-environment': {
    vi: 'Sở Nông nghiệp và Môi trường',
    en: 'Department of Agriculture and Environment',
  },
  'science-and-technology': { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' },
  'industry-and-trade': { vi: 'Sở Công Thương', en: 'Department of Industry and Trade' },
  health: { vi: 'Sở Y tế', en: 'Department of Health' },
  'culture-sports-tourism': {
    vi: 'Sở Văn hóa, Thể thao và Du lịch',
    en: 'Department of Culture, Sports and Tourism',
  },
  ministry: { vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment' },
  other: { vi: 'Cơ quan khác', en: 'Other agency' },
} as const satisfies Record<Agency, { vi: string; en: string }>;

/** One person of a council as the composition check sees it. */
export interface CouncilMemberInfo {
  id: string;
  fullName: string;
  agency: Agency;
  /** Position in their agency, e.g. "Phó Chủ tịch UBND tỉnh". */
  position: string;
  role: CouncilMemberRole;
}

/** The certificate status shown to everyone (derived, never stored). */
export const CERTIFICATE_STATUSES = ['valid', 'expired', 'superseded', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const CERTIFICATE_STATUS_LABELS = {
  valid: { vi: 'Còn hiệu lực', en: 'Valid' },
  expired: { vi: 'Hết hiệu lực', en: 'Expired' },
  superseded: { vi: 'Đã được thay thế', en: 'Superseded' },
  revoked: { vi: 'Đã bị thu hồi', en: 'Revoked' },
} as const satisfies Record<CertificateStatus, { vi: string; en: string }>;

/** Decisions (quyết định công nhận): drafted by the standing office, approved by a leader. */
export const DECISION_STATUSES = ['draft', 'approved'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** A member's conflict-of-interest declaration for one product. */
export const CONFLICT_DECLARATIONS = ['none', 'conflict'] as const;
export type ConflictDeclaration = (typeof CONFLICT_DECLARATIONS)[number];
