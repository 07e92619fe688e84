/**
 * The result of one product in a round (kết quả đánh giá): which sheets count (submitted, not
 * abstaining), quorum recomputed without abstainers, mean, the 10-point rule with each member's
 * gap, per-criterion spread, stars with mandatory criteria, and routing under the pinned
 * procedure. Adoption is blocked while any product breaks quorum or the 10-point rule. Pure.
 */
import type { CouncilSettings } from '../rubric/council-settings';
import type { ProcedureLevel, ProcedureVersion } from '../rubric/procedure-versions';
import {
  aggregateRound,
  checkDispersion,
  type DispersionResult,
  type RoundAggregate,
} from '../rubric/round-aggregate';
import { routeResult, type RouteDecision } from '../rubric/route-result';
import { listScorableCriteria } from '../rubric/rubric-tree';
import type { RubricSheet } from '../rubric/rubric.types';
import type { Choices } from '../rubric/score-sheet';
import { awardStars, type StarAward } from '../rubric/star-award';
import type { StarBandSet } from '../rubric/star-bands';
import { checkMeetingQuorum, type MeetingQuorum, type MeetingQuorumInput } from './meeting-quorum';

/** A member assigned to score the product. */
export interface AssignedMember {
  memberId: string;
  name: string;
  role: 'chair' | 'vice_chair' | 'member';
  hasAbstained: boolean;
}

/** A member's current (latest) sheet version. */
export interface CurrentSheet {
  memberId: string;
  version: number;
  status: 'draft' | 'submitted';
  total: number;
  choices: Choices;
  knockOuts: readonly string[];
}

export interface MemberGap {
  memberId: string;
  name: string;
  total: number;
  /** Points above (+) or below (−) the mean. */
  deviationFromMean: number;
  /** Largest distance to another counted member's total. */
  largestGap: number;
  /** Points beyond the threshold (0 when within). */
  excess: number;
  isOutlier: boolean;
}

export interface CriterionSpread {
  criterionCode: string;
  min: number;
  max: number;
  /** Points between the best and the worst member's choice. */
  spreadPoints: number;
}

export const RESULT_BLOCKER_CODES = ['no-sheets', 'quorum-not-met', 'dispersion-exceeded'] as const;
export type ResultBlockerCode = (typeof RESULT_BLOCKER_CODES)[number];

export interface ResultBlocker {
  code: ResultBlockerCode;
  messageVi: string;
  messageEn: string;
  /** Members who must re-score (10-point rule). */
  memberIds?: string[];
}

export interface ProductEvaluation {
  assignedCount: number;
  abstainedCount: number;
  submittedCount: number;
  /** Assigned, not abstaining, whose current sheet is not submitted. */
  pendingMemberIds: string[];
  aggregate: RoundAggregate | null;
  dispersion: DispersionResult;
  quorum: MeetingQuorum;
  gaps: MemberGap[];
  criterionSpreads: CriterionSpread[];
  award: StarAward | null;
  route: RouteDecision | null;
  blockers: ResultBlocker[];
  isAdoptable: boolean;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function spreads(sheet: RubricSheet, counted: readonly CurrentSheet[]): CriterionSpread[] {
  if (counted.length < 2) return [];
  const out: CriterionSpread[] = [];
  for (const { criterion } of listScorableCriteria(sheet)) {
    const points = counted
      .map((s) => s.choices[criterion.code])
      .filter((c): c is number => c !== undefined)
      .map((c) => (c === 0 ? 0 : (criterion.options[c - 1]?.points ?? 0)));
    if (points.length < 2) continue;
    const min = Math.min(...points);
    const max = Math.max(...points);
    if (max > min) out.push({ criterionCode: criterion.code, min, max, spreadPoints: round2(max - min) });
  }
  return out.sort((a, b) => b.spreadPoints - a.spreadPoints);
}

/**
 * Evaluates one product. Counted sheets: assigned, not abstaining, submitted. Quorum: against the
 * council's membership on the meeting date (`meeting`, see `checkMeetingQuorum`), never against
 * the members assigned to the product. Routing follows `settings.forwardingReading`, else the
 * procedure's own reading.
 */
export function evaluateProduct(input: {
  rubricSheet: RubricSheet;
  assigned: readonly AssignedMember[];
  sheets: readonly CurrentSheet[];
  settings: CouncilSettings;
  bands?: StarBandSet;
  procedure: ProcedureVersion;
  level: ProcedureLevel;
  /**
   * The council on the meeting date and who attended. When absent (demo seeds whose every council
   * member is assigned), the assigned members stand for the council and a submitted sheet for
   * presence — never do this where a council has members not assigned to the product.
   */
  meeting?: MeetingQuorumInput;
}): ProductEvaluation {
  const eligible = input.assigned.filter((m) => !m.hasAbstained);
  const sheetOf = new Map(input.sheets.map((s) => [s.memberId, s]));
  const counted = eligible.filter((m) => sheetOf.get(m.memberId)?.status === 'submitted');
  const countedSheets = counted.map((m) => sheetOf.get(m.memberId)!);
  const totals = counted.map((m) => ({ name: m.memberId, total: sheetOf.get(m.memberId)!.total }));
  const meeting: MeetingQuorumInput = input.meeting ?? {
    mode: 'meeting',
    chairedBy: null,
    attendanceSource: 'derived-from-sheets',
    seats: input.assigned.map((m) => ({
      memberId: m.memberId,
      role: m.role,
      isPresent: sheetOf.get(m.memberId)?.status === 'submitted',
      hasAbstained: m.hasAbstained,
    })),
  };
  const quorum = checkMeetingQuorum(meeting, input.settings.quorum);
  const dispersion = checkDispersion(totals, input.settings.dispersionThresholdPoints);
  const aggregate = totals.length > 0 ? aggregateRound(totals) : null;
  const threshold = input.settings.dispersionThresholdPoints;
  const gaps: MemberGap[] = counted.map((m) => {
    const total = sheetOf.get(m.memberId)!.total;
    const largestGap = Math.max(0, ...totals.map((t) => Math.abs(t.total - total)));
    return {
      memberId: m.memberId,
      name: m.name,
      total,
      deviationFromMean: aggregate ? round2(total - aggregate.mean) : 0,
      largestGap: round2(largestGap),
      excess: round2(Math.max(0, largestGap - threshold)),
      isOutlier: dispersion.outliers.includes(m.memberId),
    };
  });

  const blockers: ResultBlocker[] = [];
  if (counted.length === 0)
    blockers.push({
      code: 'no-sheets',
      messageVi: 'Chưa có phiếu chấm nào được nộp.',
      messageEn: 'No submitted score sheet.',
    });
  else if (!quorum.isMet)
    blockers.push({
      code: 'quorum-not-met',
      messageVi: `Không đủ túc số: ${quorum.reasonsVi.join(' ')}`,
      messageEn: `No quorum: ${quorum.reasonsEn.join(' ')}`,
    });
  if (dispersion.isExceeded) {
    const names = gaps
      .filter((g) => g.isOutlier)
      .map((g) => `${g.name} (${g.total})`)
      .join(', ');
    blockers.push({
      code: 'dispersion-exceeded',
      memberIds: [...dispersion.outliers],
      messageVi: `Chênh lệch ${dispersion.spread} điểm vượt ngưỡng ${threshold} điểm: ${names} cần chấm lại.`,
      messageEn: `Spread of ${dispersion.spread} points exceeds ${threshold}: ${names} must re-score.`,
    });
  }

  const award = aggregate
    ? awardStars({
        sheet: input.rubricSheet,
        mean: aggregate.mean,
        members: countedSheets.map((s) => ({ name: s.memberId, choices: s.choices, knockOuts: s.knockOuts })),
        ...(input.bands ? { bands: input.bands } : {}),
        settings: input.settings,
      })
    : null;
  const reading = input.settings.forwardingReading ?? input.procedure.forwardingReading;
  const route =
    aggregate && award
      ? routeResult(input.procedure, input.level, aggregate.mean, award.stars, { reading })
      : null;
  return {
    assignedCount: input.assigned.length,
    abstainedCount: input.assigned.length - eligible.length,
    submittedCount: counted.length,
    pendingMemberIds: eligible
      .filter((m) => sheetOf.get(m.memberId)?.status !== 'submitted')
      .map((m) => m.memberId),
    aggregate,
    dispersion,
    quorum,
    gaps,
    criterionSpreads: spreads(input.rubricSheet, countedSheets),
    award,
    route,
    blockers,
    isAdoptable: blockers.length === 0,
  };
}

export interface RoundAdoptionCheck {
  canAdopt: boolean;
  blockers: { productId: string; blocker: ResultBlocker }[];
}

/** A round is adopted only when every product on it is adoptable. */
export function checkRoundAdoption(
  products: readonly { productId: string; evaluation: ProductEvaluation }[],
): RoundAdoptionCheck {
  const blockers = products.flatMap((p) =>
    p.evaluation.blockers.map((blocker) => ({ productId: p.productId, blocker })),
  );
  return { canAdopt: products.length > 0 && blockers.length === 0, blockers };
}
