import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getRubricSheet } from '../rubric/catalogue/rubric-catalogue';
import { DEFAULT_COUNCIL_SETTINGS } from '../rubric/council-settings';
import { PROCEDURE_148_AMENDED_1489 } from '../rubric/procedure-versions';
import { scoreSheet } from '../rubric/score-sheet';
import { listMandatoryRequirements } from '../rubric/star-award';
import { checkCouncilComposition } from './council-composition';
import { findConflictHints } from './conflict-hints';
import { canSeeOtherSheets, canSeeRoundProduct, type RoundViewer } from './evaluation-policy';
import type { CouncilMemberInfo } from './evaluation.types';
import {
  checkRoundAdoption,
  evaluateProduct,
  type AssignedMember,
  type CurrentSheet,
} from './product-result';
import { sampleChoicesForTotal } from './sample-choices';

const settings = DEFAULT_COUNCIL_SETTINGS;
const sheet21 = getRubricSheet('148', 21);

function members(n: number, abstaining: string[] = []): AssignedMember[] {
  return Array.from({ length: n }, (_, i) => ({
    memberId: `m${i + 1}`,
    name: `Thành viên ${i + 1}`,
    role: i === 0 ? 'chair' : 'member',
    hasAbstained: abstaining.includes(`m${i + 1}`),
  }));
}

function sheetsWithTotals(totals: number[], sheet = sheet21): CurrentSheet[] {
  return totals.map((target, i) => {
    const { choices, total } = sampleChoicesForTotal(sheet, target);
    return { memberId: `m${i + 1}`, version: 1, status: 'submitted', total, choices, knockOuts: [] };
  });
}

function evaluate(assigned: AssignedMember[], sheets: CurrentSheet[], sheet = sheet21) {
  return evaluateProduct({
    rubricSheet: sheet,
    assigned,
    sheets,
    settings,
    procedure: PROCEDURE_148_AMENDED_1489,
    level: 'province',
  });
}

describe('sampleChoicesForTotal', () => {
  it.each([62, 70, 74, 78, 91])('scores exactly %d on set 21', (target) => {
    const { choices, total } = sampleChoicesForTotal(sheet21, target);
    expect(total).toBe(target);
    expect(scoreSheet(sheet21, { choices }).total).toBe(target);
  });
});

describe('10-point rule', () => {
  it('blocks adoption for totals 62, 70, 74 (threshold 10) and names who re-scores', () => {
    const result = evaluate(members(3), sheetsWithTotals([62, 70, 74]));
    expect(result.dispersion).toMatchObject({ spread: 12, isExceeded: true });
    expect(result.blockers.map((b) => b.code)).toEqual(['dispersion-exceeded']);
    expect(result.blockers[0]!.memberIds).toEqual(['m1', 'm3']);
    expect(result.gaps.find((g) => g.memberId === 'm1')).toMatchObject({
      largestGap: 12,
      excess: 2,
      isOutlier: true,
    });
    expect(checkRoundAdoption([{ productId: 'p', evaluation: result }]).canAdopt).toBe(false);
  });
  it('allows adoption once m1 re-scores to 66', () => {
    const result = evaluate(members(3), sheetsWithTotals([66, 70, 74]));
    expect(result.isAdoptable).toBe(true);
    expect(result.aggregate?.mean).toBe(70);
    expect(result.award?.stars).toBe(4);
    expect(result.route?.action).toBe('certify');
  });
  it('uses the threshold from settings', () => {
    const strict = evaluateProduct({
      rubricSheet: sheet21,
      assigned: members(3),
      sheets: sheetsWithTotals([66, 70, 74]),
      settings: { ...settings, dispersionThresholdPoints: 5 },
      procedure: PROCEDURE_148_AMENDED_1489,
      level: 'province',
    });
    expect(strict.isAdoptable).toBe(false);
  });
  it('property: adoptable on dispersion ⇔ max − min ≤ threshold', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 40, max: 95 }), { minLength: 3, maxLength: 5 }), (totals) => {
        const result = evaluate(members(totals.length), sheetsWithTotals(totals));
        const spread = Math.max(...totals) - Math.min(...totals);
        return (
          result.dispersion.isExceeded === spread > 10 &&
          result.blockers.some((b) => b.code === 'dispersion-exceeded') === spread > 10
        );
      }),
      { numRuns: 25 },
    );
  });
});

describe('quorum with abstentions', () => {
  it('an abstaining member is not counted: 8 of a 9-member council ≥ round(9 × 75 %) = 7', () => {
    const assigned = members(9, ['m5']);
    const sheets = sheetsWithTotals([80, 80, 80, 80, 20, 80, 80, 80, 80]);
    const result = evaluate(assigned, sheets);
    expect(result.abstainedCount).toBe(1);
    expect(result.submittedCount).toBe(8);
    expect(result.quorum).toMatchObject({ isMet: true, requiredCount: 7, presentCount: 8, councilSize: 9 });
    expect(result.aggregate?.mean).toBe(80); // the abstainer's 20 does not count
    expect(result.isAdoptable).toBe(true);
  });
  it('5 of 9 submitted is no quorum (≥ 7 needed)', () => {
    const assigned = members(9);
    const sheets = sheetsWithTotals([80, 80, 80, 80, 80]);
    const result = evaluate(assigned, sheets);
    expect(result.quorum).toMatchObject({ isMet: false, requiredCount: 7 });
    expect(result.pendingMemberIds).toEqual(['m6', 'm7', 'm8', 'm9']);
    expect(result.blockers.map((b) => b.code)).toEqual(['quorum-not-met']);
  });
  it('the chair must be among the counted, unless the chair abstains', () => {
    const withoutChair = evaluate(members(4), sheetsWithTotals([80, 80, 80, 80]).slice(1));
    expect(withoutChair.quorum.isMet).toBe(false);
    const assigned: AssignedMember[] = [
      ...members(4, ['m1']).slice(0, 1),
      { memberId: 'm2', name: 'PCT', role: 'vice_chair', hasAbstained: false },
      ...members(4).slice(2),
    ];
    const chairAbstains = evaluate(assigned, sheetsWithTotals([80, 80, 80, 80]));
    expect(chairAbstains.quorum.isMet).toBe(true);
  });
  it('3 members assigned of an 11-member council: counted against the 11, 3 < 8 is no quorum', () => {
    const seats = Array.from({ length: 11 }, (_, i) => ({
      memberId: `m${i + 1}`,
      role: i === 0 ? ('chair' as const) : ('member' as const),
      isPresent: i < 3,
      hasAbstained: false,
    }));
    const result = evaluateProduct({
      rubricSheet: sheet21,
      assigned: members(3),
      sheets: sheetsWithTotals([80, 80, 80]),
      settings,
      procedure: PROCEDURE_148_AMENDED_1489,
      level: 'province',
      meeting: { mode: 'meeting', seats, chairedBy: 'chair', attendanceSource: 'recorded' },
    });
    expect(result.quorum).toMatchObject({ isMet: false, presentCount: 3, requiredCount: 8, councilSize: 11 });
    expect(result.blockers.map((b) => b.code)).toEqual(['quorum-not-met']);
  });
  it('a product nobody scored cannot be adopted', () => {
    expect(evaluate(members(3), []).blockers.map((b) => b.code)).toEqual(['no-sheets']);
    expect(checkRoundAdoption([]).canAdopt).toBe(false);
  });
});

describe('mandatory criteria', () => {
  const star5 = (() => {
    for (let set = 1; set <= 26; set += 1) {
      const sheet = getRubricSheet('148', set);
      const req = listMandatoryRequirements(sheet).find(
        (r) => r.star === 5 && r.kind === 'option' && (r.requiredOptionNumber ?? 0) > 1,
      );
      if (req) return { sheet, req };
    }
    throw new Error('no ★5 option requirement');
  })();
  const star4 = (() => {
    for (let set = 1; set <= 26; set += 1) {
      const sheet = getRubricSheet('148', set);
      const req = listMandatoryRequirements(sheet).find(
        (r) => r.star === 4 && r.kind === 'option' && (r.requiredOptionNumber ?? 0) > 1,
      );
      if (req) return { sheet, req };
    }
    throw new Error('no ★4 option requirement');
  })();

  it('a product at mean 78 missing a ★4 mandatory criterion gets 3★ with the criterion named', () => {
    const below = star4.req.requiredOptionNumber! - 1;
    const sheets = [0, 1, 2].map((i) => {
      const { choices, total } = sampleChoicesForTotal(star4.sheet, 78, { [star4.req.criterionCode]: below });
      return {
        memberId: `m${i + 1}`,
        version: 1,
        status: 'submitted' as const,
        total,
        choices,
        knockOuts: [],
      };
    });
    expect(sheets[0]!.total).toBe(78);
    const result = evaluate(members(3), sheets, star4.sheet);
    expect(result.aggregate?.mean).toBe(78);
    expect(result.award?.bandStars).toBe(4);
    expect(result.award?.stars).toBe(3);
    expect(result.award?.blockedBy.map((b) => b.criterionCode)).toContain(star4.req.criterionCode);
    expect(result.award?.explanationVi).toContain(star4.req.criterionCode);
    expect(result.route).toMatchObject({ action: 'certify', stars: 3 });
    expect(result.isAdoptable).toBe(true);
  });
  it('a province whose regulation forwards by stars keeps a 91 held at 4★; by points (default) it goes up', () => {
    const below = star5.req.requiredOptionNumber! - 1;
    const sheets = [0, 1, 2].map((i) => {
      const { choices, total } = sampleChoicesForTotal(star5.sheet, 91, { [star5.req.criterionCode]: below });
      return {
        memberId: `m${i + 1}`,
        version: 1,
        status: 'submitted' as const,
        total,
        choices,
        knockOuts: [],
      };
    });
    expect(sheets[0]!.total).toBe(91);
    const byPoints = evaluate(members(3), sheets, star5.sheet);
    expect(byPoints.award?.stars).toBe(4);
    expect(byPoints.route).toMatchObject({ action: 'forward', targetLevel: 'central', reading: 'points' });
    const byStars = evaluateProduct({
      rubricSheet: star5.sheet,
      assigned: members(3),
      sheets,
      settings: { ...settings, forwardingReading: 'stars' },
      procedure: PROCEDURE_148_AMENDED_1489,
      level: 'province',
    });
    expect(byStars.route).toMatchObject({ action: 'certify', targetLevel: 'province', reading: 'stars' });
  });
  it('≥ 90 with every mandatory met is forwarded to the central level', () => {
    const result = evaluate(members(3), sheetsWithTotals([92, 95, 94]));
    expect(result.award?.stars).toBe(5);
    expect(result.route).toMatchObject({ action: 'forward', targetLevel: 'central' });
  });
});

describe('per-criterion spread', () => {
  it('lists criteria where members chose differently, widest first', () => {
    const result = evaluate(members(2), sheetsWithTotals([70, 78]));
    expect(result.criterionSpreads.length).toBeGreaterThan(0);
    const widths = result.criterionSpreads.map((s) => s.spreadPoints);
    expect([...widths].sort((a, b) => b - a)).toEqual(widths);
  });
});

describe('council composition', () => {
  const base: CouncilMemberInfo[] = [
    {
      id: '1',
      fullName: 'Chủ tịch',
      agency: 'peoples-committee',
      position: 'Phó Chủ tịch UBND tỉnh',
      role: 'chair',
    },
    {
      id: '2',
      fullName: 'A',
      agency: 'agriculture-and-environment',
      position: 'Giám đốc',
      role: 'vice_chair',
    },
    { id: '3', fullName: 'B', agency: 'science-and-technology', position: 'Phó Giám đốc', role: 'member' },
    { id: '4', fullName: 'C', agency: 'industry-and-trade', position: 'Phó Giám đốc', role: 'member' },
    { id: '5', fullName: 'D', agency: 'health', position: 'Phó Giám đốc', role: 'member' },
    { id: '6', fullName: 'E', agency: 'culture-sports-tourism', position: 'Phó Giám đốc', role: 'member' },
    { id: '7', fullName: 'F', agency: 'other', position: 'Chuyên gia', role: 'member' },
    { id: '8', fullName: 'G', agency: 'other', position: 'Chuyên gia', role: 'member' },
    { id: '9', fullName: 'H', agency: 'other', position: 'Chuyên gia', role: 'member' },
    {
      id: '10',
      fullName: 'Thư ký',
      agency: 'agriculture-and-environment',
      position: 'Chuyên viên',
      role: 'secretary',
    },
  ];
  it('accepts a full council of 9 voting members', () => {
    expect(
      checkCouncilComposition({ members: base, level: 'province', agendaSets: [1, 14, 26] }),
    ).toMatchObject({ isValid: true, votingCount: 9 });
  });
  it.each([
    ['too small', base.slice(0, 5), [1], ['size-below-minimum']],
    ['no chair', base.slice(1), [1], ['size-below-minimum', 'no-chair']],
    [
      'chair from a department',
      base.map((m) => (m.id === '1' ? { ...m, agency: 'health' as const } : m)),
      [1],
      ['chair-position'],
    ],
    [
      'no science member',
      base.map((m) => (m.id === '3' ? { ...m, agency: 'other' as const } : m)),
      [1],
      ['mandatory-agency-missing'],
    ],
    [
      'set 19 (cosmetics) without health',
      base.map((m) => (m.id === '5' ? { ...m, agency: 'other' as const } : m)),
      [19, 1],
      ['managing-agency-missing'],
    ],
  ] as const)('%s', (_name, list, sets, codes) => {
    const report = checkCouncilComposition({ members: list, level: 'province', agendaSets: sets });
    expect(report.isValid).toBe(false);
    expect(report.problems.map((p) => p.code)).toEqual(codes);
  });
  it('the advisory team and the secretary do not count', () => {
    const report = checkCouncilComposition({
      members: [...base.slice(0, 8), { ...base[8]!, role: 'advisor' }],
      level: 'province',
      agendaSets: [],
    });
    expect(report.votingCount).toBe(8);
  });
});

describe('conflict hints', () => {
  const producer = { id: 'p1', name: 'HTX Gốm sứ Bát Tràng', communeId: 'c1', memberAccountIds: ['a9'] };
  it.each([
    [{ accountId: 'a1', homeUnitId: 'c1', organisation: '' }, [], ['same-unit']],
    [{ accountId: 'a9', homeUnitId: 'x', organisation: '' }, [], ['producer-member']],
    [{ accountId: 'a1', homeUnitId: 'x', organisation: 'htx gom su bat trang' }, [], ['same-organisation']],
    [{ accountId: 'a1', homeUnitId: 'x', organisation: 'Sở Y tế' }, ['p1'], ['consultancy']],
    [{ accountId: 'a1', homeUnitId: 'x', organisation: 'Sở Y tế' }, [], []],
  ])('%j', (member, consulted, codes) => {
    expect(
      findConflictHints({ member, producer, consultedProducerIds: consulted }).map((h) => h.code),
    ).toEqual(codes);
  });
});

describe('visibility inside a round', () => {
  const member: RoundViewer = { councilRole: 'member', isChairGranted: false, isStandingOffice: false };
  const chair: RoundViewer = { councilRole: 'chair', isChairGranted: true, isStandingOffice: false };
  const outsider: RoundViewer = { councilRole: null, isChairGranted: false, isStandingOffice: false };
  const office: RoundViewer = { councilRole: null, isChairGranted: false, isStandingOffice: true };
  it.each([
    [member, true, true],
    [member, false, false],
    [chair, false, true],
    [office, false, true],
    [outsider, true, false],
  ])('product visibility %#', (viewer, assigned, expected) =>
    expect(canSeeRoundProduct(viewer, assigned)).toBe(expected),
  );
  it.each([
    [member, true, false, 'open', false],
    [member, true, true, 'open', true],
    [member, false, true, 'open', false],
    [chair, false, false, 'open', true],
    [office, false, false, 'open', false],
    [office, false, false, 'closed', true],
    [{ ...chair, isChairGranted: false }, true, false, 'open', false],
  ] as const)('others’ sheets %#', (viewer, isAssigned, hasSubmittedOwn, roundStatus, expected) =>
    expect(canSeeOtherSheets(viewer, { isAssigned, hasSubmittedOwn, roundStatus })).toBe(expected),
  );
});
