import { describe, expect, it } from 'vitest';
import {
  aggregateFigures,
  groupOfSet,
  groupRowsOf,
  starCountsOf,
  type ReportFigures,
} from './report-figures';

const figures = (overrides: Partial<ReportFigures>): ReportFigures => ({
  period: { from: '2026-01-01', to: '2026-06-30' },
  asOf: '2026-06-30',
  valid: starCountsOf([]),
  issued: starCountsOf([]),
  byGroup: groupRowsOf([]),
  movements: { newlyCertified: 0, upgraded: 0, reEvaluated: 0, revoked: 0, expired: 0 },
  plan: null,
  tradePromotion: { tradeEvents: 0, trainingCourses: 0, pointsOfSale: 0 },
  ...overrides,
});

describe('report figures', () => {
  it('counts by stars and by the six product groups of Decision 148', () => {
    expect(
      starCountsOf([
        { stars: 3, count: 2 },
        { stars: 5, count: 1 },
        { stars: 3, count: 1 },
      ]),
    ).toEqual({
      stars3: 3,
      stars4: 0,
      stars5: 1,
      total: 4,
    });
    expect(groupOfSet(1)).toBe(1);
    expect(groupOfSet(14)).toBe(2);
    expect(groupOfSet(26)).toBe(6);
    expect(groupOfSet(99)).toBe(0);
    const rows = groupRowsOf([{ group: 2, stars: 4, count: 3 }]);
    expect(rows.map((r) => r.group)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[1]).toMatchObject({ nameVi: 'Đồ uống', stars4: 3, total: 3 });
  });

  it('sums the provinces for the central office', () => {
    const a = figures({
      valid: starCountsOf([{ stars: 3, count: 2 }]),
      byGroup: groupRowsOf([{ group: 1, stars: 3, count: 2 }]),
      movements: { newlyCertified: 2, upgraded: 0, reEvaluated: 0, revoked: 1, expired: 0 },
    });
    const b = figures({
      valid: starCountsOf([{ stars: 4, count: 1 }]),
      byGroup: groupRowsOf([{ group: 1, stars: 4, count: 1 }]),
      tradePromotion: { tradeEvents: 3, trainingCourses: 1, pointsOfSale: 0 },
    });
    const sum = aggregateFigures([a, b]);
    expect(sum.reports).toBe(2);
    expect(sum.valid).toEqual({ stars3: 2, stars4: 1, stars5: 0, total: 3 });
    expect(sum.byGroup[0]).toMatchObject({ group: 1, stars3: 2, stars4: 1, total: 3 });
    expect(sum.movements.revoked).toBe(1);
    expect(sum.tradePromotion.tradeEvents).toBe(3);
    expect(aggregateFigures([]).valid.total).toBe(0);
  });
});
