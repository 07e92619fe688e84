import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNCIL_SETTINGS, type QuorumRule } from '../rubric/council-settings';
import { requiredQuorumCount } from '../rubric/round-aggregate';
import {
  checkMeetingQuorum,
  describeQuorumRule,
  type PresidingRole,
  type SeatAtMeeting,
} from './meeting-quorum';

const rule = DEFAULT_COUNCIL_SETTINGS.quorum;

/**
 * A council of `size`: seat 1 the chair, seat 2 a vice-chair, the rest members. `present` lists
 * the 1-based seats present, `abstaining` those of them who declared a conflict.
 */
function council(size: number, present: number[], abstaining: number[] = []): SeatAtMeeting[] {
  return Array.from({ length: size }, (_, i) => ({
    memberId: `s${i + 1}`,
    role: i === 0 ? 'chair' : i === 1 ? 'vice_chair' : 'member',
    isPresent: present.includes(i + 1),
    hasAbstained: abstaining.includes(i + 1),
  }));
}
const seats = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function meeting(
  size: number,
  present: number[],
  options: { abstaining?: number[]; chairedBy?: PresidingRole | null; rule?: Partial<QuorumRule> } = {},
) {
  return checkMeetingQuorum(
    {
      mode: 'meeting',
      seats: council(size, present, options.abstaining),
      chairedBy: options.chairedBy ?? null,
      attendanceSource: 'recorded',
    },
    { ...rule, ...options.rule },
  );
}

describe('required members, 11-member council', () => {
  it.each([
    // percent, rounding, arithmetic → required
    [74, 'nearest', 8], // 11 × 74 % = 8.14 → 8
    [75, 'nearest', 8], // 11 × 75 % = 8.25 → 8
    [76, 'nearest', 8], // 11 × 76 % = 8.36 → 8
    [78, 'nearest', 9], // 11 × 78 % = 8.58 → 9
    [74, 'up', 9], // ceil(8.14) = 9
    [75, 'up', 9], // ceil(8.25) = 9
    [76, 'up', 9], // ceil(8.36) = 9
    [72, 'up', 8], // 11 × 72 % = 7.92 → ceil 8
  ] as const)('%d %% rounded %s → %d', (minPresentPercent, rounding, required) => {
    expect(requiredQuorumCount(11, { minPresentPercent, rounding })).toBe(required);
  });
  it('computes on integers: 10 × 85 % = 8.5 rounds half up to 9, never 8', () => {
    expect(requiredQuorumCount(10, { minPresentPercent: 85, rounding: 'nearest' })).toBe(9);
  });
});

describe('quorum against the council, not the members assigned', () => {
  it.each([
    // present seats, chairedBy, → met, present, required; arithmetic in the name
    ['8 of 11 with the chair: 8 ≥ round(8.25) = 8', seats(1, 8), null, true, 8],
    ['7 of 11 with the chair: 7 < 8', seats(1, 7), null, false, 7],
    ['9 of 11 with the chair: 9 ≥ 8', seats(1, 9), null, true, 9],
    ['3 of 11 (e.g. the 3 members assigned): 3 < 8', seats(1, 3), null, false, 3],
    ['8 of 11, chair absent, vice-chair chairing: 8 ≥ 8', seats(2, 9), 'vice_chair', true, 8],
    [
      '8 of 11, chair absent, vice-chair chairing not recorded: the vice-chair chairs',
      seats(2, 9),
      null,
      true,
      8,
    ],
    ['8 of 11, neither chair nor vice-chair: nobody chairs', seats(3, 10), null, false, 8],
  ] as const)('%s', (_name, present, chairedBy, met, presentCount) => {
    const q = meeting(11, [...present], { chairedBy });
    expect(q).toMatchObject({ isMet: met, presentCount, requiredCount: 8, councilSize: 11 });
  });

  it('the chair recorded as chairing but absent hands nothing to an absent vice-chair', () => {
    const q = meeting(11, seats(3, 11), { chairedBy: 'chair' });
    expect(q.isMet).toBe(false);
    expect(q.chairedBy).toBeNull();
    expect(q.reasonsEn).toEqual(['Neither the chair nor a vice-chair chairing is present.']);
  });

  it('with 75 % read strictly (rounding up), 8 of 11 is not enough: 8 < ceil(8.25) = 9', () => {
    expect(meeting(11, seats(1, 8), { rule: { rounding: 'up' } })).toMatchObject({
      isMet: false,
      requiredCount: 9,
    });
  });

  it('a province that does not require the chair: 8 of 11 without chair or vice-chair is met', () => {
    expect(meeting(11, seats(3, 10), { rule: { requireChair: false } }).isMet).toBe(true);
  });
});

describe('an abstention', () => {
  it('does not count as present by default: 8 present − 1 abstaining = 7 < 8', () => {
    const q = meeting(11, seats(1, 8), { abstaining: [5] });
    expect(q).toMatchObject({ isMet: false, presentCount: 7, requiredCount: 8 });
    expect(q.readingVi).toContain('không tính là có mặt');
  });
  it('counts as present where the province says so: 8 ≥ 8', () => {
    expect(
      meeting(11, seats(1, 8), { abstaining: [5], rule: { abstentionsCountAsPresent: true } }),
    ).toMatchObject({ isMet: true, presentCount: 8 });
  });
  it('the chair abstaining on the product hands the item to the vice-chair present: 9 − 1 = 8 ≥ 8', () => {
    const q = meeting(11, seats(1, 9), { abstaining: [1], chairedBy: 'chair' });
    expect(q).toMatchObject({ isMet: true, chairedBy: 'vice_chair', presentCount: 8 });
  });
});

describe('written opinions (re-evaluation without a meeting)', () => {
  const written = (returned: number[]) =>
    checkMeetingQuorum(
      {
        mode: 'written-opinion',
        seats: council(11, returned),
        chairedBy: null,
        attendanceSource: 'derived-from-sheets',
      },
      rule,
    );
  it.each([
    [seats(1, 8), true, 8], // 8 opinions of 11 ≥ 8
    [seats(3, 10), true, 8], // no chair rule for written opinions
    [seats(1, 7), false, 7], // 7 < 8
  ] as const)('opinions from %j → met %s', (returned, met, presentCount) => {
    const q = written([...returned]);
    expect(q).toMatchObject({ isMet: met, presentCount, chairedBy: null, mode: 'written-opinion' });
    expect(q.readingVi).toContain('Lấy ý kiến bằng văn bản');
  });
});

describe('the rule in words', () => {
  it('states the members required out of the council and the share, with no formula', () => {
    expect(describeQuorumRule(rule, 9, 'meeting')).toEqual({
      vi: 'Cần ít nhất 7/9 thành viên có mặt (75 %), có chủ tịch hoặc phó chủ tịch chủ trì; người không chấm vì xung đột lợi ích không tính là có mặt.',
      en: 'At least 7 of 9 members must be present (75 %), the chair or a vice-chair chairing; abstaining members do not count as present.',
    });
  });
  it('reads the count after rounding up where the province rounds up: 9 of 11 at 75 %', () => {
    const reading = describeQuorumRule({ ...rule, rounding: 'up' }, 11, 'meeting');
    expect(reading.vi).toContain('Cần ít nhất 9/11 thành viên có mặt (75 %)');
    expect(reading.en).toContain('At least 9 of 11 members must be present (75 %)');
  });
  it('for written opinions counts the opinions returned', () => {
    expect(describeQuorumRule(rule, 11, 'written-opinion')).toEqual({
      vi: 'Lấy ý kiến bằng văn bản: cần ít nhất 8/11 thành viên gửi ý kiến (75 %).',
      en: 'Written opinions: at least 8 of 11 members must return an opinion (75 %).',
    });
  });
  it.each([
    [9, 'meeting'],
    [11, 'written-opinion'],
  ] as const)('never shows round(…) or ceil(…) (%d members, %s)', (size, mode) => {
    for (const rounding of ['nearest', 'up'] as const) {
      const reading = describeQuorumRule({ ...rule, rounding }, size, mode);
      expect(`${reading.vi} ${reading.en}`).not.toMatch(/round\(|ceil\(|×/);
    }
  });
});

it('property: met ⇔ enough counted present and (chair rule off, or someone entitled chairs)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 3, max: 15 }),
      fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
      fc.integer({ min: 50, max: 100 }),
      (size, presence, percent) => {
        const present = presence.slice(0, size).flatMap((p, i) => (p ? [i + 1] : []));
        const q = meeting(size, present, { rule: { minPresentPercent: percent } });
        const hasPresiding = present.includes(1) || present.includes(2);
        expect(q.isMet).toBe(
          present.length >= requiredQuorumCount(size, { minPresentPercent: percent, rounding: 'nearest' }) &&
            hasPresiding,
        );
      },
    ),
    { numRuns: 200 },
  );
});
