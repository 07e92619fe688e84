/**
 * Council and evaluation settings per province, effective-dated, with the defaults of the 148
 * era (OCOP.md §6, §8). Every value is [law + practice] but configurable: a province's council
 * regulation (quy chế) may differ.
 */

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

export interface QuorumRule {
  /** Minimum share of the council's members present, in whole percent (75 = 75 %). */
  minPresentPercent: number;
  requireChair: boolean;
}

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
}

export const DEFAULT_COUNCIL_SETTINGS: CouncilSettings = {
  dispersionThresholdPoints: 10,
  quorum: { minPresentPercent: 75, requireChair: true },
  councilSize: { min: 9, max: 11 },
  certificateValidityMonths: 36,
  expiryNoticeDays: 30,
  meetingNoticeWorkingDays: 1,
  mandatoryConsensus: 'majority',
  wholeCriterionReading: 'any-scoring-option',
  knockOutConsensus: 'majority',
};

/** A province's override of some settings over a period (ISO dates, `effectiveTo` inclusive). */
export interface CouncilSettingsOverride {
  provinceCode: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  settings: Partial<CouncilSettings>;
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
