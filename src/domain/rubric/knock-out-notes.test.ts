/**
 * Knock-out notes (ghi chú loại) of Decision 148: sets 5–6 print three of them — all raw material
 * imported or of unknown origin (A.1.a), a copy of another producer's product (A.2.a), unacceptable
 * impurities (C.6.a). The transcription lost them for sets 7–20 and 23–26; the catalogue adds them
 * by analogy, each as a recorded decision marked unverified. For each affected criterion, a majority
 * recording the note ends the evaluation with the reason, whatever the points.
 */
import { describe, expect, it } from 'vitest';
import { RUBRIC_148 } from './catalogue/148/rubric-148';
import { compareRubrics } from './rubric-compare';
import { checkRubricIntegrity } from './rubric-integrity';
import { bestChoices } from './rubric-test-helpers';
import { scoreSheet } from './score-sheet';
import { awardStars } from './star-award';

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const RAW = 'toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc';
const COPY = 'giống hệt sản phẩm của nhà sản xuất khác';
const IMPURITY = 'tạp chất không chấp nhận được';

const cases: { set: number; code: string; words: string }[] = [
  ...range(7, 20).map((set) => ({ set, code: 'A.1.a', words: RAW })),
  ...[...range(7, 20), 23, 24, 25, 26].map((set) => ({ set, code: 'A.2.a', words: COPY })),
  ...[7, 8, 9, 10, 12, 14, 15, 16, 17].map((set) => ({ set, code: 'C.6.a', words: IMPURITY })),
  // Sets 11 and 13 print impurities as the first dash under C.6.a.
  ...[11, 13].map((set) => ({ set, code: 'C.6.a.1', words: IMPURITY })),
];
const sheetOf = (set: number) => RUBRIC_148.sheets.find((s) => s.setNumber === set)!;

describe('knock-out notes added by analogy with sets 5–6', () => {
  it('are 43: sets 7–20 × 2 + 11 impurity notes + sets 23–26 × 1', () => {
    expect(cases).toHaveLength(43);
  });

  it.each(cases)(
    'set $set / $code: recording the note ends the evaluation with the reason',
    ({ set, code, words }) => {
      const sheet = sheetOf(set);
      const choices = bestChoices(sheet);
      // A member may record the note on a sheet otherwise worth 100 points.
      expect(scoreSheet(sheet, { choices, knockOuts: [code] }).knockOuts.map((k) => k.criterionCode)).toEqual(
        [code],
      );
      // 2 of 3 members record it: a majority (2 × 2 > 3) confirms the knock-out.
      const award = awardStars({
        sheet,
        mean: 100,
        members: [
          { name: 'a', choices, knockOuts: [code] },
          { name: 'b', choices, knockOuts: [code] },
          { name: 'c', choices },
        ],
      });
      expect(award.stars).toBeNull();
      expect(award.isCertifiable).toBe(false);
      expect(award.knockOuts.map((k) => [k.criterionCode, k.memberCount])).toEqual([[code, 2]]);
      expect(award.knockOuts[0]!.reasonVi).toContain(words);
      expect(award.explanationVi).toMatch(new RegExp(`^Không đánh giá tiếp: .*${words}`));
      expect(award.explanationEn).toMatch(/^Not evaluated further: /);
    },
  );

  it.each(cases)('set $set / $code: the note is a recorded decision marked unverified', ({ set, code }) => {
    const decision = sheetOf(set).decisions.find(
      (d) => d.nodeCode === code && d.source.includes('knock-out'),
    );
    expect(decision?.kind).toBe('unverified');
    expect(decision?.chosenVi).toContain('bộ 5–6');
  });

  it('one member of three recording it is not a majority: the product is ranked', () => {
    const sheet = sheetOf(7);
    const choices = bestChoices(sheet);
    const award = awardStars({
      sheet,
      mean: 100,
      members: [
        { name: 'a', choices, knockOuts: ['A.1.a'] },
        { name: 'b', choices },
        { name: 'c', choices },
      ],
    });
    expect(award.stars).toBe(5);
  });

  it('the sheets still pass the integrity check', () => {
    for (const set of new Set(cases.map((c) => c.set)))
      expect(checkRubricIntegrity(sheetOf(set)).issues, `set ${set}`).toEqual([]);
  });

  it('a stored copy whose note keys come back in another order (jsonb) compares the same', () => {
    const sheet = sheetOf(7);
    const reordered = JSON.parse(JSON.stringify(sheet), (key, value: unknown) =>
      key === 'knockOut'
        ? { textEn: (value as { textEn: string }).textEn, textVi: (value as { textVi: string }).textVi }
        : value,
    ) as typeof sheet;
    expect(compareRubrics(sheet, reordered).isSame).toBe(true);
  });
});
