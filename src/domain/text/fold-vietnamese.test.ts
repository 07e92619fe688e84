import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldVietnamese, matchesFolded } from './fold-vietnamese';

describe('foldVietnamese', () => {
  it.each([
    ['Hoà', 'hoa'],
    ['Hòa', 'hoa'],
    ['HOÀ BÌNH', 'hoa binh'],
    ['Đắk Lắk', 'dak lak'],
    ['đường  Thủy\tNguyên', 'duong thuy nguyen'],
    ['Khánh Hòa'.normalize('NFD'), 'khanh hoa'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('treats both tone-mark placements as the same name', () => {
    expect(matchesFolded('Phường Thanh Hoà', 'thanh hòa')).toBe(true);
    expect(matchesFolded('Xã Thuỷ Xuân', 'Thủy Xuân')).toBe(true);
    expect(matchesFolded('Xã Đông Anh', 'dong')).toBe(true);
    expect(matchesFolded('Xã Tây Hồ', 'dong')).toBe(false);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => foldVietnamese(foldVietnamese(s)) === foldVietnamese(s)));
  });
});
