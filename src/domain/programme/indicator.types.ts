/** Types of the indicator catalogue (data in `indicator-catalogue.data.ts`). Pure. */

/** Figures the server computes live from its records, by unit subtree and calendar year. */
export const COMPUTED_METRICS = [
  /** Original certificates issued in the year to producers of the unit with ≥ 3 (4, 5) stars. */
  'certificates_3_plus',
  'certificates_4_plus',
  'certificates_5',
  /** Product ideas / business plans of the year accepted by a commune of the unit. */
  'ideas_accepted',
  'business_plans_accepted',
  /** Of the unit's products ever certified, the share whose certificate is valid at year end (or today). */
  'share_valid_certificates',
  /** Of the unit's products with a valid certificate, the share that ordered traceability stamps. */
  'share_stamped_products',
  /** Spent over planned VND of the plan's own budget lines. */
  'budget_spent_share',
  /** Training courses (lớp tập huấn) of the year recorded by the unit or a unit within it. */
  'training_courses',
  /** Participants marked present at those courses (lượt người tham gia). */
  'training_participants',
  /**
   * Fairs, exhibitions, OCOP weeks and showcases (not livestream sessions) of the year that had
   * begun by the day of the figure and that the unit took part in: recorded by the unit or a unit
   * within it, or with a producer of the unit among the participants, wherever held.
   */
  'fairs_attended',
  /** Points of sale and showrooms recorded in the unit's communes (a standing count, not a yearly one). */
  'points_of_sale',
] as const;
export type ComputedMetric = (typeof COMPUTED_METRICS)[number];

export type IndicatorUnit = 'count' | 'percent' | 'vnd';

/**
 * How a hand-entered value of a unit is rolled up when the unit itself entered none: `sum` of its
 * child units' actual values, or `none` (a share is not the sum of shares).
 */
export type ManualAggregation = 'sum' | 'none';

export type IndicatorSource =
  { kind: 'computed'; metric: ComputedMetric } | { kind: 'manual'; aggregation: ManualAggregation };

export interface Indicator {
  code: string;
  vi: string;
  en: string;
  unit: IndicatorUnit;
  source: IndicatorSource;
}

export interface IndicatorCatalogueVersion {
  id: string;
  validFrom: string;
  indicators: readonly Indicator[];
}
