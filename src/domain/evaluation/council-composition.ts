/**
 * Council composition check (OCOP.md §6): size range, the chair's position, mandatory agencies
 * and the managing agency of every product set on the agenda. Problems are shown before a round
 * opens; opening anyway needs an explicit, audited override. Pure.
 */
import { findSetPlacement148, type ManagingAgency } from '../rubric/catalogue/148/taxonomy-148';
import {
  AGENCY_LABELS,
  VOTING_MEMBER_ROLES,
  type Agency,
  type CouncilLevel,
  type CouncilMemberInfo,
} from './evaluation.types';

export interface CompositionRules {
  size: { min: number; max: number };
  /** Agency the chair must come from (a leader of the level's People's Committee / ministry). */
  chairAgencies: readonly Agency[];
  /** Agencies that must have at least one voting member. */
  mandatoryAgencies: readonly Agency[];
  /** Managing agency per product set (defaults: taxonomy 148; a province may override). */
  managingAgencyOfSet?: (setNumber: number) => ManagingAgency | undefined;
}

/** 148-era defaults: 9–11 members, chaired by the People's Committee, agriculture + science mandatory. */
export const DEFAULT_COMPOSITION_RULES: CompositionRules = {
  size: { min: 9, max: 11 },
  chairAgencies: ['peoples-committee', 'ministry'],
  mandatoryAgencies: ['agriculture-and-environment', 'science-and-technology'],
};

export const COMPOSITION_PROBLEM_CODES = [
  'size-below-minimum',
  'size-above-maximum',
  'no-chair',
  'several-chairs',
  'chair-position',
  'mandatory-agency-missing',
  'managing-agency-missing',
] as const;
export type CompositionProblemCode = (typeof COMPOSITION_PROBLEM_CODES)[number];

export interface CompositionProblem {
  code: CompositionProblemCode;
  messageVi: string;
  messageEn: string;
  agency?: Agency;
  setNumber?: number;
}

export interface CompositionReport {
  isValid: boolean;
  votingCount: number;
  problems: CompositionProblem[];
}

function defaultManagingAgency(setNumber: number): ManagingAgency | undefined {
  return findSetPlacement148(setNumber)?.managingAgency;
}

/**
 * Checks a council against the rules for the product sets on a round's agenda. Only voting
 * members (chair, vice-chair, member) count for size and agencies. Never throws.
 */
export function checkCouncilComposition(input: {
  members: readonly CouncilMemberInfo[];
  level: CouncilLevel;
  agendaSets: readonly number[];
  rules?: CompositionRules;
}): CompositionReport {
  const rules = input.rules ?? DEFAULT_COMPOSITION_RULES;
  const voting = input.members.filter((m) => (VOTING_MEMBER_ROLES as readonly string[]).includes(m.role));
  const problems: CompositionProblem[] = [];
  const n = voting.length;
  if (n < rules.size.min)
    problems.push({
      code: 'size-below-minimum',
      messageVi: `Hội đồng có ${n} thành viên, cần ít nhất ${rules.size.min}.`,
      messageEn: `The council has ${n} members; at least ${rules.size.min} required.`,
    });
  if (n > rules.size.max)
    problems.push({
      code: 'size-above-maximum',
      messageVi: `Hội đồng có ${n} thành viên, tối đa ${rules.size.max}.`,
      messageEn: `The council has ${n} members; at most ${rules.size.max} allowed.`,
    });
  const chairs = voting.filter((m) => m.role === 'chair');
  if (chairs.length === 0)
    problems.push({
      code: 'no-chair',
      messageVi: 'Hội đồng chưa có chủ tịch.',
      messageEn: 'The council has no chair.',
    });
  if (chairs.length > 1)
    problems.push({
      code: 'several-chairs',
      messageVi: 'Hội đồng chỉ có một chủ tịch.',
      messageEn: 'A council has exactly one chair.',
    });
  for (const chair of chairs)
    if (!rules.chairAgencies.includes(chair.agency))
      problems.push({
        code: 'chair-position',
        messageVi: `Chủ tịch hội đồng (${chair.fullName}) phải là lãnh đạo UBND/Bộ cùng cấp.`,
        messageEn: `The chair (${chair.fullName}) must be a leader of the level's People's Committee or ministry.`,
      });

  const present = new Set(voting.map((m) => m.agency));
  for (const agency of rules.mandatoryAgencies)
    if (!present.has(agency))
      problems.push({
        code: 'mandatory-agency-missing',
        agency,
        messageVi: `Thiếu thành viên bắt buộc của ${AGENCY_LABELS[agency].vi}.`,
        messageEn: `Mandatory member from ${AGENCY_LABELS[agency].en} missing.`,
      });

  const managingOf = rules.managingAgencyOfSet ?? defaultManagingAgency;
  const reported = new Set<string>();
  for (const setNumber of [...new Set(input.agendaSets)].sort((a, b) => a - b)) {
    const agency = managingOf(setNumber);
    if (!agency || present.has(agency) || reported.has(agency)) continue;
    reported.add(agency);
    problems.push({
      code: 'managing-agency-missing',
      agency,
      setNumber,
      messageVi: `Bộ sản phẩm ${setNumber}: thiếu thành viên của cơ quan quản lý ngành (${AGENCY_LABELS[agency].vi}).`,
      messageEn: `Product set ${setNumber}: no member from its managing agency (${AGENCY_LABELS[agency].en}).`,
    });
  }
  return { isValid: problems.length === 0, votingCount: n, problems };
}
