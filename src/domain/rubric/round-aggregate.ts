/**
 * Council round arithmetic: mean of members' totals, the 10-point dispersion rule and quorum.
 * All sums in integer hundredths of a point.
 */
import { DomainError } from '../errors';
import type { QuorumRule } from './council-settings';
import { fromHundredths, toHundredths } from './rubric-tree';

export interface MemberTotal {
  name: string;
  total: number;
}

export interface RoundAggregate {
  count: number;
  /** Arithmetic mean rounded to two decimals, half up. */
  mean: number;
  min: number;
  max: number;
}

/**
 * Mean of the members' totals, to two decimals, rounding half up (…,005 → …,01): the exact
 * mean is sum/n hundredths; we compute floor((2·sum + n) / 2n) on integers, so no floating-point
 * error creeps in (e.g. 70, 70, 69.99 → 69.996… → 70.00).
 * @throws DomainError VALIDATION_FAILED when there is no member or a total is negative/not finite.
 */
export function aggregateRound(members: readonly MemberTotal[]): RoundAggregate {
  if (members.length === 0)
    throw new DomainError('VALIDATION_FAILED', 'Chưa có phiếu chấm nào.', 'No score sheet in the round.');
  const totals = members.map((m) => {
    if (!Number.isFinite(m.total) || m.total < 0)
      throw new DomainError(
        'VALIDATION_FAILED',
        `Tổng điểm của ${m.name} không hợp lệ.`,
        `Total of ${m.name} is invalid.`,
        [{ field: m.name, messageVi: 'Tổng điểm không hợp lệ', messageEn: 'Invalid total' }],
      );
    return toHundredths(m.total);
  });
  const n = totals.length;
  const sum = totals.reduce((a, b) => a + b, 0);
  const meanHundredths = Math.floor((2 * sum + n) / (2 * n));
  return {
    count: n,
    mean: fromHundredths(meanHundredths),
    min: fromHundredths(Math.min(...totals)),
    max: fromHundredths(Math.max(...totals)),
  };
}

export interface DispersionResult {
  /** max − min of the members' totals. */
  spread: number;
  thresholdPoints: number;
  isExceeded: boolean;
  /**
   * Members whose total differs by more than the threshold from at least one other member (both
   * ends of every offending pair, so the rule is symmetric), in input order.
   */
  outliers: string[];
}

/** The 10-point rule (threshold configurable). Pure; an empty round has spread 0. */
export function checkDispersion(members: readonly MemberTotal[], thresholdPoints: number): DispersionResult {
  const totals = members.map((m) => toHundredths(m.total));
  const threshold = toHundredths(thresholdPoints);
  const spread = totals.length === 0 ? 0 : Math.max(...totals) - Math.min(...totals);
  const outliers = members
    .filter((_, i) => totals.some((t) => Math.abs(t - totals[i]!) > threshold))
    .map((m) => m.name);
  return { spread: fromHundredths(spread), thresholdPoints, isExceeded: spread > threshold, outliers };
}

export interface QuorumInput {
  councilSize: number;
  presentCount: number;
  isChairPresent: boolean;
}

export interface QuorumResult {
  isMet: boolean;
  councilSize: number;
  presentCount: number;
  requiredCount: number;
  reasonsVi: string[];
  reasonsEn: string[];
}

/**
 * Members required: size × percent / 100 rounded per `rule.rounding` ('nearest' half up, 'up'
 * ceiling), computed on integers (size × percent is exact) so 8.5 never becomes 8.499….
 */
export function requiredQuorumCount(
  councilSize: number,
  rule: Pick<QuorumRule, 'minPresentPercent' | 'rounding'>,
): number {
  const scaled = councilSize * rule.minPresentPercent;
  return rule.rounding === 'up' ? Math.ceil(scaled / 100) : Math.floor((scaled + 50) / 100);
}

/** Whether a meeting may score: enough members present (and the chair, when the rule says so). */
export function checkQuorum(input: QuorumInput, rule: QuorumRule): QuorumResult {
  const requiredCount = requiredQuorumCount(input.councilSize, rule);
  const reasonsVi: string[] = [];
  const reasonsEn: string[] = [];
  if (input.presentCount < requiredCount) {
    reasonsVi.push(
      `Có mặt ${input.presentCount}/${input.councilSize} thành viên, cần ít nhất ${requiredCount} (${rule.minPresentPercent}%).`,
    );
    reasonsEn.push(
      `${input.presentCount}/${input.councilSize} members present, at least ${requiredCount} (${rule.minPresentPercent}%) required.`,
    );
  }
  if (rule.requireChair && !input.isChairPresent) {
    reasonsVi.push('Không có chủ tịch hoặc phó chủ tịch chủ trì.');
    reasonsEn.push('Neither the chair nor a vice-chair chairing is present.');
  }
  return {
    isMet: reasonsVi.length === 0,
    councilSize: input.councilSize,
    presentCount: input.presentCount,
    requiredCount,
    reasonsVi,
    reasonsEn,
  };
}
