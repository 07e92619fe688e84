import { describe, expect, it } from 'vitest';
import { isExpiryDateRequired, TAXONOMY_148 } from './taxonomy-148';

describe('the expiry date a stamp order asks for, by product set', () => {
  it.each([
    [1, true, 'fresh food'],
    [7, true, 'processed food'],
    [11, true, 'tea'],
    [14, true, 'alcoholic drinks'],
    [19, true, 'cosmetics'],
    [20, true, 'essential oils'],
    [21, false, 'household and decorative handicrafts'],
    [22, false, 'fabric and garments'],
    [23, false, 'flowers'],
    [24, false, 'ornamental plants'],
    [25, false, 'ornamental animals'],
    [26, false, 'tourism services'],
    [99, true, 'a set the taxonomy does not know'],
  ])('set %i: required = %s (%s)', (setNumber, isRequired) => {
    expect(isExpiryDateRequired(setNumber)).toBe(isRequired);
  });

  it('is a flag of the taxonomy: only the handicraft, ornamental and tourism groups carry it', () => {
    const flaggedGroups = TAXONOMY_148.filter((group) =>
      group.subGroups.some((subGroup) => subGroup.sets.some((set) => set.isExpiryDateOptional)),
    ).map((group) => group.number);
    expect(flaggedGroups).toEqual([4, 5, 6]);
  });
});
