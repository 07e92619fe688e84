/**
 * The figures of a periodic report, frozen as a snapshot when the report is generated and kept
 * unchanged once submitted. Pure: the types, and the sum the central office reads across
 * provinces.
 */
import { TAXONOMY_148 } from '../rubric/catalogue/148/taxonomy-148';

export const REPORT_STARS = [3, 4, 5] as const;
export type ReportStars = (typeof REPORT_STARS)[number];

/** Counts by star rating (3★, 4★, 5★). */
export interface StarCounts {
  stars3: number;
  stars4: number;
  stars5: number;
  total: number;
}

export interface GroupRow extends StarCounts {
  /** Product group (ngành) of Appendix I of Decision 148: 1 Food … 6 Tourism. */
  group: number;
  nameVi: string;
}

/** One target of the unit's yearly plan against what was reached (from the programme module). */
export interface PlanTargetRow {
  code: string;
  labelVi: string;
  unit: 'count' | 'percent' | 'vnd';
  target: number | null;
  actual: number | null;
  percent: number | null;
}

export interface ReportFigures {
  period: { from: string; to: string };
  /** Day the figures are counted up to (the period's end, or the generation day when earlier). */
  asOf: string;
  /** Certificates in force on `asOf`, in the unit and below. */
  valid: StarCounts;
  /** Certificates issued within the period (new, upgraded and re-evaluated). */
  issued: StarCounts;
  /** Certificates in force on `asOf` by product group. */
  byGroup: GroupRow[];
  movements: {
    /** First recognition (đánh giá lần đầu). */
    newlyCertified: number;
    /** Upgraded to more stars (nâng hạng). */
    upgraded: number;
    /** Re-evaluated when the certificate ran out (đánh giá lại). */
    reEvaluated: number;
    /** Revoked (thu hồi) within the period. */
    revoked: number;
    /** Ran out within the period without renewal. */
    expired: number;
  };
  /** Targets of the unit's plan of the year; null when the unit has no plan. */
  plan: { planId: string; basedOnVersion: number; targets: PlanTargetRow[] } | null;
  tradePromotion: { tradeEvents: number; trainingCourses: number; pointsOfSale: number };
}

export function emptyStarCounts(): StarCounts {
  return { stars3: 0, stars4: 0, stars5: 0, total: 0 };
}

/** Builds star counts from rows of (stars, count); ratings outside 3–5 count only in the total. */
export function starCountsOf(rows: readonly { stars: number; count: number }[]): StarCounts {
  const counts = emptyStarCounts();
  for (const { stars, count } of rows) {
    if (stars === 3) counts.stars3 += count;
    if (stars === 4) counts.stars4 += count;
    if (stars === 5) counts.stars5 += count;
    counts.total += count;
  }
  return counts;
}

/** Every product group of Decision 148, each with its star counts (zero when no row names it). */
export function groupRowsOf(rows: readonly { group: number; stars: number; count: number }[]): GroupRow[] {
  return TAXONOMY_148.map((group) => ({
    group: group.number,
    nameVi: group.nameVi,
    ...starCountsOf(rows.filter((row) => row.group === group.number)),
  }));
}

/** The product group (1–6) a product set (1–26) belongs to under Decision 148; 0 when unknown. */
export function groupOfSet(productSet: number): number {
  const group = TAXONOMY_148.find((g) =>
    g.subGroups.some((s) => s.sets.some((x) => x.setNumber === productSet)),
  );
  return group?.number ?? 0;
}

function addStars(a: StarCounts, b: StarCounts): StarCounts {
  return {
    stars3: a.stars3 + b.stars3,
    stars4: a.stars4 + b.stars4,
    stars5: a.stars5 + b.stars5,
    total: a.total + b.total,
  };
}

/** The figures of several units' reports summed (the central office's aggregate of the provinces). */
export interface AggregateFigures {
  reports: number;
  valid: StarCounts;
  issued: StarCounts;
  byGroup: GroupRow[];
  movements: ReportFigures['movements'];
  tradePromotion: ReportFigures['tradePromotion'];
}

export function aggregateFigures(all: readonly ReportFigures[]): AggregateFigures {
  const movements = { newlyCertified: 0, upgraded: 0, reEvaluated: 0, revoked: 0, expired: 0 };
  const tradePromotion = { tradeEvents: 0, trainingCourses: 0, pointsOfSale: 0 };
  let valid = emptyStarCounts();
  let issued = emptyStarCounts();
  const byGroup = groupRowsOf([]);
  for (const figures of all) {
    valid = addStars(valid, figures.valid);
    issued = addStars(issued, figures.issued);
    for (const key of Object.keys(movements) as (keyof typeof movements)[])
      movements[key] += figures.movements[key];
    for (const key of Object.keys(tradePromotion) as (keyof typeof tradePromotion)[])
      tradePromotion[key] += figures.tradePromotion[key];
    for (const row of figures.byGroup) {
      const index = byGroup.findIndex((g) => g.group === row.group);
      const target = byGroup[index];
      if (target) byGroup[index] = { ...target, ...addStars(target, row) };
    }
  }
  return { reports: all.length, valid, issued, byGroup, movements, tradePromotion };
}
