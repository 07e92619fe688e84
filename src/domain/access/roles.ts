/**
 * The roles of DESIGN.md §1. Each is granted to an account within an administrative unit and
 * applies to that unit and every unit below it.
 */
export const ROLES = [
  'producer',
  'commune_officer',
  'standing_office',
  'council_member',
  'council_chair',
  'leader',
  'inspector',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** Vietnamese and English labels, for screens and documents. */
export const ROLE_LABELS = {
  producer: { vi: 'Chủ thể OCOP', en: 'Producer' },
  commune_officer: { vi: 'Cán bộ cấp xã', en: 'Commune officer' },
  standing_office: { vi: 'Cơ quan thường trực OCOP', en: 'OCOP standing office' },
  council_member: { vi: 'Thành viên hội đồng', en: 'Council member' },
  council_chair: { vi: 'Chủ tịch hội đồng', en: 'Council chair' },
  leader: { vi: 'Lãnh đạo UBND / Bộ', en: "People's Committee / ministry leader" },
  inspector: { vi: 'Cơ quan kiểm tra chuyên ngành', en: 'Sectoral inspector' },
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
} as const satisfies Record<Role, { vi: string; en: string }>;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
