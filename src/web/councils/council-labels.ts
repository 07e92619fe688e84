import { findSetPlacement148 } from '../../domain/rubric/catalogue/148/taxonomy-148';
import {
  AGENCIES,
  AGENCY_LABELS,
  COUNCIL_MEMBER_ROLE_LABELS,
  COUNCIL_MEMBER_ROLES,
  VOTING_MEMBER_ROLES,
  type Agency,
  type CouncilMemberRole,
} from '../../domain/evaluation/evaluation.types';

const pick = (label: { vi: string; en: string }, language: string) =>
  language === 'en' ? label.en : label.vi;

/** "Bộ 21 — Đồ thủ công mỹ nghệ…" in the page language. */
export function setLabel(setNumber: number, language: string): string {
  const placement = findSetPlacement148(setNumber);
  const prefix = language === 'en' ? `Set ${setNumber}` : `Bộ ${setNumber}`;
  if (!placement) return prefix;
  return `${prefix} — ${language === 'en' ? placement.subGroup.nameEn : placement.subGroup.nameVi}`;
}

export const PRODUCT_SETS: readonly number[] = Array.from({ length: 26 }, (_, i) => i + 1);

export function agencyLabel(agency: string, language: string): string {
  return agency in AGENCY_LABELS ? pick(AGENCY_LABELS[agency as Agency], language) : agency;
}

export function roleLabel(role: CouncilMemberRole, language: string): string {
  return pick(COUNCIL_MEMBER_ROLE_LABELS[role], language);
}

export const agencyOptions = (language: string) =>
  AGENCIES.map((value) => ({ value, label: agencyLabel(value, language) }));
export const roleOptions = (language: string) =>
  COUNCIL_MEMBER_ROLES.map((value) => ({ value, label: roleLabel(value, language) }));

export function isVotingRole(role: CouncilMemberRole): boolean {
  return (VOTING_MEMBER_ROLES as readonly string[]).includes(role);
}
