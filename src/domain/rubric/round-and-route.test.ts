import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getRubricSheet } from './catalogue/rubric-catalogue';
import { DEFAULT_COUNCIL_SETTINGS, resolveCouncilSettings } from './council-settings';
import {
  findProcedureVersionInForce,
  PROCEDURE_148_AMENDED_1489,
  PROCEDURE_148_ORIGINAL,
} from './procedure-versions';
import { aggregateRound, checkDispersion, checkQuorum } from './round-aggregate';
import { routeResult } from './route-result';
import { listScorableCriteria } from './rubric-tree';
import { scoreSheet } from './score-sheet';
import { awardStars } from './star-award';
import { bandForPoints, findStarBandsInForce } from './star-bands';
import { RUBRIC_148 } from './catalogue/148/rubric-148';
import type { RubricSheet } from './rubric.types';

describe('aggregateRound', () => {
  it.each([
    [[70, 70, 69.99], 70], // 69.9966… → 70.00
    [[50, 51], 50.5],
    [[10, 10, 11], 10.33],
    [[0.01, 0], 0.01], // 0.005 → 0.01 (half up)
    [[33.33, 33.33, 33.34], 33.33],
  ])('mean of %j = %d', (totals, mean) => {
    expect(aggregateRound(totals.map((total, i) => ({ name: `m${i}`, total }))).mean).toBe(mean);
  });
  it('refuses an empty round', () => expect(() => aggregateRound([])).toThrow(/No score sheet/));
});

describe('checkDispersion and checkQuorum', () => {
  it('flags both ends of a pair more than 10 points apart', () => {
    const r = checkDispersion(
      [
        { name: 'a', total: 60 },
        { name: 'b', total: 65 },
        { name: 'c', total: 75 },
      ],
      10,
    );
    expect(r).toEqual({ spread: 15, thresholdPoints: 10, isExceeded: true, outliers: ['a', 'c'] });
    expect(
      checkDispersion(
        [
          { name: 'a', total: 60 },
          { name: 'b', total: 70 },
        ],
        10,
      ).isExceeded,
    ).toBe(false);
  });
  it('quorum ≥ 75 % including the chair', () => {
    const rule = DEFAULT_COUNCIL_SETTINGS.quorum;
    expect(checkQuorum({ councilSize: 9, presentCount: 7, isChairPresent: true }, rule)).toMatchObject({
      isMet: true,
      requiredCount: 7,
    });
    expect(checkQuorum({ councilSize: 9, presentCount: 6, isChairPresent: true }, rule).isMet).toBe(false);
    expect(checkQuorum({ councilSize: 11, presentCount: 11, isChairPresent: false }, rule).reasonsEn).toEqual(
      ['Neither the chair nor a vice-chair chairing is present.'],
    );
  });
});

describe('effective-dated data', () => {
  it('picks the procedure in force', () => {
    expect(findProcedureVersionInForce('2019-08-20')).toBeUndefined();
    expect(findProcedureVersionInForce('2023-02-23')?.id).toBe('1048');
    expect(findProcedureVersionInForce('2023-02-24')?.id).toBe('148-original');
    expect(findProcedureVersionInForce('2025-06-30')?.id).toBe('148-original');
    expect(findProcedureVersionInForce('2025-07-06')?.id).toBe('148-amended-1489');
    expect(findStarBandsInForce('2024-01-01')?.id).toBe('148-bands');
  });
  it('bands are half-open with 100 in 5★', () => {
    expect([0, 29.99, 30, 49.99, 50, 69.99, 70, 89.99, 90, 100].map((p) => bandForPoints(p)?.stars)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });
  it('province overrides win from their start date', () => {
    const overrides = [
      {
        provinceCode: '01',
        effectiveFrom: '2024-01-01',
        effectiveTo: null,
        settings: { dispersionThresholdPoints: 8, quorum: { minPresentPercent: 66, requireChair: true } },
      },
    ];
    expect(resolveCouncilSettings('01', '2023-12-31', overrides).dispersionThresholdPoints).toBe(10);
    expect(resolveCouncilSettings('01', '2024-01-01', overrides)).toMatchObject({
      dispersionThresholdPoints: 8,
      quorum: { minPresentPercent: 66 },
      certificateValidityMonths: 36,
    });
    expect(resolveCouncilSettings('02', '2024-06-01', overrides).dispersionThresholdPoints).toBe(10);
  });
});

describe('routeResult', () => {
  it.each([
    [PROCEDURE_148_ORIGINAL, 'district', 65, 3, 'certify', 'district'],
    [PROCEDURE_148_ORIGINAL, 'district', 75, 4, 'forward', 'province'],
    [PROCEDURE_148_ORIGINAL, 'district', 75, 3, 'forward', 'province'], // held at 3★ by a mandatory criterion: ≥ 70 points still goes up
    [PROCEDURE_148_ORIGINAL, 'district', 45, 2, 'not-certified', undefined],
    [PROCEDURE_148_ORIGINAL, 'province', 80, 4, 'certify', 'province'],
    [PROCEDURE_148_ORIGINAL, 'province', 92, 5, 'forward', 'central'],
    [PROCEDURE_148_ORIGINAL, 'province', 60, 3, 'fall-back', 'district'],
    [PROCEDURE_148_ORIGINAL, 'central', 93, 5, 'certify', 'central'],
    [PROCEDURE_148_AMENDED_1489, 'province', 55, 3, 'certify', 'province'],
    [PROCEDURE_148_AMENDED_1489, 'province', 85, 4, 'certify', 'province'],
    [PROCEDURE_148_AMENDED_1489, 'province', 90, 5, 'forward', 'central'],
    [PROCEDURE_148_AMENDED_1489, 'central', 88, 4, 'fall-back', 'province'],
    [PROCEDURE_148_AMENDED_1489, 'province', 95, null, 'not-certified', undefined],
  ] as const)(
    '%s at %s: %d points, %s★ → %s %s (points reading, the default)',
    (version, level, mean, stars, action, target) => {
      const r = routeResult(version, level, mean, stars);
      expect(r.action).toBe(action);
      expect(r.targetLevel).toBe(target);
      expect(r.reading).toBe('points');
    },
  );
  it('refuses a level without a council', () => {
    expect(() => routeResult(PROCEDURE_148_AMENDED_1489, 'district', 70, 4)).toThrow(/district/);
    expect(() => routeResult(PROCEDURE_148_AMENDED_1489, 'commune', 70, 4)).toThrow(/commune/);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const sheetArb = fc.constantFrom(...RUBRIC_148.sheets);

function choicesArb(sheet: RubricSheet) {
  const scorable = listScorableCriteria(sheet);
  const caseCount = Math.max(1, ...scorable.map((s) => s.caseNumber ?? 1));
  return fc.integer({ min: 1, max: caseCount }).chain((caseNumber) => {
    const active = scorable.filter((s) => s.caseNumber === undefined || s.caseNumber === caseNumber);
    return fc
      .tuple(...active.map((s) => fc.integer({ min: 0, max: s.criterion.options.length })))
      .map((picks) => Object.fromEntries(active.map((s, i) => [s.criterion.code, picks[i]!])));
  });
}

const sheetAndChoices = sheetArb.chain((sheet) => choicesArb(sheet).map((choices) => ({ sheet, choices })));

describe('properties', () => {
  it('total = sum of the chosen options, parts add up, total ≤ 100', () => {
    fc.assert(
      fc.property(sheetAndChoices, ({ sheet, choices }) => {
        const scored = scoreSheet(sheet, { choices });
        const byCode = new Map(listScorableCriteria(sheet).map((s) => [s.criterion.code, s.criterion]));
        const expected =
          Object.entries(choices).reduce(
            (sum, [code, n]) => sum + (n === 0 ? 0 : byCode.get(code)!.options[n - 1]!.points) * 100,
            0,
          ) / 100;
        expect(scored.total).toBe(expected);
        expect(scored.parts.A + scored.parts.B + scored.parts.C).toBe(scored.total);
        expect(scored.total).toBeLessThanOrEqual(100);
        expect(scored.parts.A).toBeLessThanOrEqual(40);
      }),
      { numRuns: 300 },
    );
  });

  it('stars never decrease when one choice improves (mandatory criteria cannot get worse)', () => {
    fc.assert(
      fc.property(sheetAndChoices, fc.nat(), ({ sheet, choices }, seed) => {
        const codes = Object.keys(choices);
        const code = codes[seed % codes.length]!;
        const criterion = listScorableCriteria(sheet).find((s) => s.criterion.code === code)!.criterion;
        const points = (n: number) => (n === 0 ? 0 : criterion.options[n - 1]!.points);
        const current = choices[code]!;
        const better = [0, ...criterion.options.map((_, i) => i + 1)].filter(
          (n) => points(n) >= points(current) && (current === 0 || n > 0),
        );
        const improved = { ...choices, [code]: better[seed % better.length]! };
        const starsOf = (c: Record<string, number>) => {
          const total = scoreSheet(sheet, { choices: c }).total;
          return awardStars({ sheet, mean: total, members: [{ name: 'm', choices: c }] }).stars!;
        };
        expect(starsOf(improved)).toBeGreaterThanOrEqual(starsOf(choices));
      }),
      { numRuns: 300 },
    );
  });

  it('the mean lies between the lowest and the highest member total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 15 }),
        (hundredths) => {
          const r = aggregateRound(hundredths.map((h, i) => ({ name: `m${i}`, total: h / 100 })));
          expect(r.mean).toBeGreaterThanOrEqual(r.min);
          expect(r.mean).toBeLessThanOrEqual(r.max);
        },
      ),
    );
  });

  it('dispersion is symmetric: order does not matter and every offending pair is reported both ways', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 30 }),
        (totals, threshold) => {
          const members = totals.map((total, i) => ({ name: `m${i}`, total }));
          const forward = checkDispersion(members, threshold);
          const backward = checkDispersion([...members].reverse(), threshold);
          expect(new Set(backward.outliers)).toEqual(new Set(forward.outliers));
          expect(backward.spread).toBe(forward.spread);
          for (const a of members)
            for (const b of members)
              if (Math.abs(a.total - b.total) > threshold) {
                expect(forward.outliers).toContain(a.name);
                expect(forward.outliers).toContain(b.name);
              }
          expect(forward.isExceeded).toBe(forward.outliers.length > 0);
        },
      ),
    );
  });
});

it('set 7 stays loaded through the catalogue API', () => {
  expect(getRubricSheet('148', 7).setNameVi).toBe('Chế biến từ rau, củ, quả, hạt');
  expect(() => getRubricSheet('148', 27)).toThrow(/27/);
});
