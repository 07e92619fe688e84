import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { getRubricSheet } from './catalogue/rubric-catalogue';
import { bestChoices, makeChoices } from './rubric-test-helpers';
import { scoreSheet } from './score-sheet';
import { awardStars } from './star-award';

const set07 = getRubricSheet('148', 7);
const set26 = getRubricSheet('148', 26);

/** A typical 3★ processed-fruit product, picked option by option from the printed sheet. */
const TYPICAL_SET07 = {
  'A.1.a': 2,
  'A.1.b': 2,
  'A.1.c': 1,
  'A.1.d': 2,
  'A.1.đ': 1,
  'A.1.e': 2, // 3+2+1+1+1+1 = 9
  'A.2.a': 3,
  'A.2.b': 3,
  'A.2.c': 2, // 3+2+2 = 7
  'A.3.a': 1,
  'A.3.b': 1,
  'A.3.c': 2,
  'A.3.d': 1,
  'A.3.đ': 2,
  'A.3.e': 1, // 1+0+3+1+1+1 = 7 → A 23
  'B.4.a': 2,
  'B.4.b': 2,
  'B.4.c': 3, // 2+1+2 = 5
  'B.5.a': 3,
  'B.5.b': 3,
  'B.5.c': 2, // 2+3+1 = 6 → B 11
  'C.6.a': 2,
  'C.6.b': 2,
  'C.6.c': 2,
  'C.6.d': 2,
  'C.6.đ': 3, // 1+1+1+2+3 = 8
  'C.7.a': 2,
  'C.8.a': 3,
  'C.8.b': 3,
  'C.9.a': 3,
  'C.10.a': 1,
  'C.11.a': 1, // 1+2+2+2+1+1 → C 17
} as const;

interface Case {
  name: string;
  sheet: typeof set07;
  choices: Record<string, number>;
  total: number;
  parts: { A: number; B: number; C: number };
  stars: number;
  blockedBy: string[];
}

const CASES: Case[] = [
  {
    name: 'set 7, best option everywhere',
    sheet: set07,
    choices: bestChoices(set07),
    total: 100,
    parts: { A: 40, B: 25, C: 35 },
    stars: 5,
    blockedBy: [],
  },
  {
    name: 'set 7, first option everywhere',
    sheet: set07,
    choices: makeChoices(set07, () => 1),
    total: 13,
    parts: { A: 9, B: 1, C: 3 },
    stars: 1,
    blockedBy: [],
  },
  {
    name: 'set 7, typical product',
    sheet: set07,
    choices: { ...TYPICAL_SET07 },
    total: 51,
    parts: { A: 23, B: 11, C: 17 },
    stars: 3,
    blockedBy: [],
  },
  {
    name: 'set 7, typical product without traceability-linked internal control (C.9.a ★3)',
    sheet: set07,
    choices: { ...TYPICAL_SET07, 'C.9.a': 2 },
    total: 50,
    parts: { A: 23, B: 11, C: 16 },
    stars: 2,
    blockedBy: ['C.9.a'],
  },
  {
    name: 'set 7, "none applies" everywhere',
    sheet: set07,
    choices: makeChoices(set07, () => 0),
    total: 0,
    parts: { A: 0, B: 0, C: 0 },
    stars: 1,
    blockedBy: [],
  },
  {
    name: 'set 26, best, case 1 (community)',
    sheet: set26,
    choices: bestChoices(set26, 1),
    total: 100,
    parts: { A: 40, B: 25, C: 35 },
    stars: 5,
    blockedBy: [],
  },
  {
    name: 'set 26, best, case 2 (tourist spot)',
    sheet: set26,
    choices: bestChoices(set26, 2),
    total: 100,
    parts: { A: 40, B: 25, C: 35 },
    stars: 5,
    blockedBy: [],
  },
  // A 5+3+4, B 5+3, C twelve groups × 1
  {
    name: 'set 26, first option everywhere, case 1',
    sheet: set26,
    choices: makeChoices(set26, () => 1, 1),
    total: 32,
    parts: { A: 12, B: 8, C: 12 },
    stars: 2,
    blockedBy: [],
  },
  {
    name: 'set 26, best but no registered trademark (A.3.e ★4 whole criterion)',
    sheet: set26,
    choices: { ...bestChoices(set26, 2), 'A.3.e': 0 },
    total: 98,
    parts: { A: 38, B: 25, C: 35 },
    stars: 3,
    blockedBy: ['A.3.e'],
  },
];

describe('scoreSheet + awardStars — hand-checked cases (one member)', () => {
  it.each(CASES)('$name → $total points, $stars★', (c) => {
    const scored = scoreSheet(c.sheet, { choices: c.choices });
    expect(scored.total).toBe(c.total);
    expect(scored.parts).toEqual(c.parts);
    const award = awardStars({
      sheet: c.sheet,
      mean: scored.total,
      members: [{ name: 'x', choices: c.choices }],
    });
    expect(award.stars).toBe(c.stars);
    expect(award.blockedBy.map((b) => b.criterionCode)).toEqual(c.blockedBy);
  });
});

describe('mandatory criteria', () => {
  it('a product with mean ≥ 70 is held below 4★ by a mandatory criterion, which is named', () => {
    // Best everywhere minus: A.3.e none (−2), A.1.a opt 2 (−2), A.3.a opt 1 (−2), B.4.a opt 1 (−4),
    // B.4.b opt 1 (−4), B.4.c opt 1 (−4), B.5.a opt 1 (−5), C.6.b opt 1 (−2), C.8.b opt 1 (−2), C.11.a opt 1 (−2) = 71
    const choices = {
      ...bestChoices(set07),
      'A.3.e': 0,
      'A.1.a': 2,
      'A.3.a': 1,
      'B.4.a': 1,
      'B.4.b': 1,
      'B.4.c': 1,
      'B.5.a': 1,
      'C.6.b': 1,
      'C.8.b': 1,
      'C.11.a': 1,
    };
    const scored = scoreSheet(set07, { choices });
    expect(scored.total).toBe(71);
    const award = awardStars({ sheet: set07, mean: 71, members: [{ name: 'x', choices }] });
    expect(award.bandStars).toBe(4);
    expect(award.stars).toBe(3);
    expect(award.isCertifiable).toBe(true);
    expect(award.blockedBy.map((b) => b.criterionCode)).toEqual(['A.3.e']);
    expect(award.nextBand?.stars).toBe(4);
    expect(award.nextBand?.pointsMissing).toBe(0);
    expect(award.explanationVi).toContain('A.3.e (Sở hữu trí tuệ)');
    expect(award.explanationEn).toContain('Ranked 3★ because mandatory criteria are not met: A.3.e');
  });

  it('uses the majority of members (lower median) by default, every member when configured', () => {
    const good = { ...bestChoices(set07) };
    const bad = { ...good, 'A.3.e': 0 };
    const members = [
      { name: 'a', choices: good },
      { name: 'b', choices: good },
      { name: 'c', choices: bad },
    ];
    expect(awardStars({ sheet: set07, mean: 95, members }).stars).toBe(5);
    const strict = {
      mandatoryConsensus: 'every-member',
      wholeCriterionReading: 'any-scoring-option',
      knockOutConsensus: 'majority',
    } as const;
    expect(awardStars({ sheet: set07, mean: 95, members, settings: strict }).stars).toBe(3);
    expect(awardStars({ sheet: set07, mean: 95, members: [members[0]!, members[2]!] }).stars).toBe(3);
  });

  it('explains the points missing to the next band', () => {
    const award = awardStars({
      sheet: set07,
      mean: 62.5,
      members: [{ name: 'x', choices: bestChoices(set07) }],
    });
    expect(award.stars).toBe(3);
    expect(award.nextBand).toEqual({ stars: 4, pointsMissing: 7.5, unmetRequirements: [] });
    expect(award.explanationVi).toContain('cần thêm 7,50 điểm');
  });
});

describe('knock-outs', () => {
  it('a knock-out recorded by a majority stops the ranking', () => {
    const set05 = getRubricSheet('148', 5);
    const choices = bestChoices(set05);
    const scored = scoreSheet(set05, { choices, knockOuts: ['C.6.a'] });
    expect(scored.knockOuts.map((k) => k.criterionCode)).toEqual(['C.6.a']);
    const award = awardStars({
      sheet: set05,
      mean: 100,
      members: [
        { name: 'a', choices, knockOuts: ['C.6.a'] },
        { name: 'b', choices, knockOuts: ['C.6.a'] },
        { name: 'c', choices },
      ],
    });
    expect(award.stars).toBeNull();
    expect(award.isCertifiable).toBe(false);
    expect(award.explanationEn).toContain('C.6.a');
  });

  it('refuses a knock-out on a criterion without a knock-out note', () => {
    expect(() => scoreSheet(set07, { choices: bestChoices(set07), knockOuts: ['A.1.b'] })).toThrow(/A\.1\.b/);
  });
});

describe('scoreSheet — refusals name the criterion', () => {
  const expectInvalid = (fn: () => unknown, field: string): void => {
    try {
      fn();
      expect.unreachable('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const e = error as DomainError;
      expect(e.code).toBe('SCORE_SHEET_INVALID');
      expect(e.details?.map((d) => d.field)).toContain(field);
      expect(e.messageEn).toContain(field);
    }
  };

  it('unanswered criterion', () => {
    const { ['C.6.đ']: _dropped, ...choices } = bestChoices(set07);
    expectInvalid(() => scoreSheet(set07, { choices }), 'C.6.đ');
  });
  it('option that does not exist', () =>
    expectInvalid(() => scoreSheet(set07, { choices: { ...bestChoices(set07), 'A.1.a': 4 } }), 'A.1.a'));
  it('fractional option', () =>
    expectInvalid(() => scoreSheet(set07, { choices: { ...bestChoices(set07), 'A.1.b': 1.5 } }), 'A.1.b'));
  it('unknown code', () =>
    expectInvalid(() => scoreSheet(set07, { choices: { ...bestChoices(set07), 'A.9.z': 1 } }), 'A.9.z'));
  it('both cases of a case block', () =>
    expectInvalid(
      () => scoreSheet(set26, { choices: { ...bestChoices(set26, 1), 'C.8.case-2': 1 } }),
      'C.8',
    ));
  it('no case of a case block', () => {
    const { ['C.9.case-1']: _dropped, ...choices } = bestChoices(set26, 1);
    expectInvalid(() => scoreSheet(set26, { choices }), 'C.9');
  });
  it('choice 0 is an answer worth 0, not a missing one', () => {
    expect(scoreSheet(set07, { choices: { ...bestChoices(set07), 'A.1.a': 0 } }).total).toBe(95);
  });
});
