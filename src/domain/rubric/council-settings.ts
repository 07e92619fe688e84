/**
 * Council and evaluation settings per province, effective-dated, with the defaults of the 148
 * era (OCOP.md §6, §8). Every value is [law + practice] but configurable: a province's council
 * regulation (quy chế) may differ.
 */
import type { DistrictReading } from './district-wording';

/** How a mandatory criterion is judged from several members' choices. */
export const MANDATORY_CONSENSUS_RULES = ['majority', 'every-member'] as const;
export type MandatoryConsensusRule = (typeof MANDATORY_CONSENSUS_RULES)[number];

/**
 * How a star flag on a whole criterion ("e) Sở hữu trí tuệ ****") is read [open]:
 * 'any-scoring-option' an option worth more than 0 points; 'any-option' any option other than
 * "none applies"; 'best-option' the best option.
 */
export const WHOLE_CRITERION_READINGS = ['any-scoring-option', 'any-option', 'best-option'] as const;
export type WholeCriterionReading = (typeof WHOLE_CRITERION_READINGS)[number];

/** How many members must record a knock-out for the council to stop the evaluation. */
export const KNOCK_OUT_CONSENSUS_RULES = ['majority', 'any-member'] as const;
export type KnockOutConsensusRule = (typeof KNOCK_OUT_CONSENSUS_RULES)[number];

/**
 * How the number of members required is rounded from size × percent [open]: 'nearest' rounds
 * half up (11 × 75 % = 8.25 → 8, 11 × 77 % = 8.47 → 8, 11 × 78 % = 8.58 → 9); 'up' never accepts
 * less than the percentage (8.25 → 9). Provinces whose council regulation reads "ít nhất 75 %"
 * strictly choose 'up'.
 */
export const QUORUM_ROUNDINGS = ['nearest', 'up'] as const;
export type QuorumRounding = (typeof QUORUM_ROUNDINGS)[number];

export interface QuorumRule {
  /** Minimum share of the council's members present, in whole percent (75 = 75 %). */
  minPresentPercent: number;
  /** The chair — or a vice-chair chairing in the chair's place — must be present. */
  requireChair: boolean;
  rounding: QuorumRounding;
  /**
   * Whether a member present at the meeting who abstains on a product (conflict of interest)
   * still counts as present for that product's quorum. Default false: the product's result must
   * rest on the required share of the council.
   */
  abstentionsCountAsPresent: boolean;
}

/**
 * How a council result is forwarded to the next level [law, reading configurable]: 'points' by
 * the mean (≥ 70 district → province under the original 148, ≥ 90 province → ministry under
 * 1489), which is what the decisions say; 'stars' by the star awarded after mandatory criteria,
 * for provinces whose regulation says so.
 */
export const FORWARDING_READINGS = ['points', 'stars'] as const;
export type ForwardingReading = (typeof FORWARDING_READINGS)[number];

export interface CouncilSettings {
  /** 10-point rule: members' totals may differ by at most this many points. */
  dispersionThresholdPoints: number;
  quorum: QuorumRule;
  councilSize: { min: number; max: number };
  certificateValidityMonths: number;
  expiryNoticeDays: number;
  meetingNoticeWorkingDays: number;
  mandatoryConsensus: MandatoryConsensusRule;
  wholeCriterionReading: WholeCriterionReading;
  knockOutConsensus: KnockOutConsensusRule;
  /** Overrides the procedure version's forwarding reading; null = the procedure's default. */
  forwardingReading: ForwardingReading | null;
  /**
   * How "cấp huyện" in a criterion is read after 01/07/2025: 'former-district' the former
   * district's area through the unit history (default), 'commune' the commune's area.
   */
  districtReading: DistrictReading;
}

export const DEFAULT_COUNCIL_SETTINGS: CouncilSettings = {
  dispersionThresholdPoints: 10,
  quorum: {
    minPresentPercent: 75,
    requireChair: true,
    rounding: 'nearest',
    abstentionsCountAsPresent: false,
  },
  councilSize: { min: 9, max: 11 },
  certificateValidityMonths: 36,
  expiryNoticeDays: 30,
  meetingNoticeWorkingDays: 1,
  mandatoryConsensus: 'majority',
  wholeCriterionReading: 'any-scoring-option',
  knockOutConsensus: 'majority',
  forwardingReading: null,
  districtReading: 'former-district',
};

/**
 * Settings pinned on a round before a field existed lack it: fills every missing field (and
 * quorum field) from the defaults. Pure.
 */
export function withDefaultSettings(
  settings: Partial<CouncilSettings> & { quorum?: Partial<QuorumRule> },
): CouncilSettings {
  return {
    ...DEFAULT_COUNCIL_SETTINGS,
    ...settings,
    quorum: { ...DEFAULT_COUNCIL_SETTINGS.quorum, ...settings.quorum },
  };
}

/** A province's override of some settings over a period (ISO dates, `effectiveTo` inclusive). */
export interface CouncilSettingsOverride {
  provinceCode: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  settings: Partial<Omit<CouncilSettings, 'quorum'>> & { quorum?: Partial<QuorumRule> };
}

/**
 * The settings in force for a province on a date: the defaults, then every matching override in
 * order of `effectiveFrom` (later ones win field by field). Pure.
 */
export function resolveCouncilSettings(
  provinceCode: string,
  date: string,
  overrides: readonly CouncilSettingsOverride[] = [],
): CouncilSettings {
  return overrides
    .filter(
      (o) =>
        o.provinceCode === provinceCode &&
        o.effectiveFrom <= date &&
        (o.effectiveTo === null || date <= o.effectiveTo),
    )
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    .reduce<CouncilSettings>(
      (acc, o) => ({ ...acc, ...o.settings, quorum: { ...acc.quorum, ...o.settings.quorum } }),
      DEFAULT_COUNCIL_SETTINGS,
    );
}
