import { describe, expect, it } from 'vitest';
import { RUBRIC_148 } from './catalogue/148/rubric-148';
import { criterionFlagLabel, optionFlagLabel } from './flag-labels';
import { listScorableCriteria } from './rubric-tree';

describe('flag labels', () => {
  it.each([3, 4, 5] as const)(
    '★%d reads "Bắt buộc để đạt %d sao" with an explanation in both languages',
    (star) => {
      expect(optionFlagLabel(star)).toMatchObject({
        vi: `Bắt buộc để đạt ${star} sao`,
        en: `Required for ${star} stars`,
      });
      expect(optionFlagLabel(star).explanationVi).toContain('dù tổng điểm đã đủ');
      expect(criterionFlagLabel(star).explanationVi).toContain(`Cả tiêu chí là bắt buộc cho ${star} sao`);
    },
  );
  it('every flag of the 148 catalogue has a label', () => {
    const flags = RUBRIC_148.sheets.flatMap((sheet) =>
      listScorableCriteria(sheet).flatMap((s) =>
        s.criterion.options.flatMap((o) => (o.mandatoryForStar ? [o.mandatoryForStar] : [])),
      ),
    );
    expect(flags.length).toBeGreaterThan(100);
    expect(flags.every((star) => optionFlagLabel(star).vi.length > 0)).toBe(true);
  });
});
