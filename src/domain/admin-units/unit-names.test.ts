import { describe, expect, it } from 'vitest';
import { isSameUnitName, kindFromFullName, searchWords, unitSearchKey } from './unit-names';

describe('isSameUnitName — tone-insensitive matching of unit names', () => {
  it.each([
    ['Yên Hòa', 'Yên Hoà', true],
    ['Thanh Hóa', 'Thanh Hoá', true],
    ['Thủy Nguyên', 'Thuỷ Nguyên', true],
    ['Đắk Lắk', 'dak lak', true],
    ['Khánh Hòa'.normalize('NFD'), 'Khánh Hòa', true],
    ['Yên Hòa', 'Yên Hà', false],
    ['Ba Đình', 'Ba Vì', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(isSameUnitName(a, b)).toBe(expected);
  });
});

describe('unitSearchKey', () => {
  it('folds name, full name and code so every spelling finds the unit', () => {
    const key = unitSearchKey({ name: 'Yên Hoà', fullName: 'Phường Yên Hoà', code: '00175' });
    expect(key).toBe('yen hoa phuong yen hoa 00175');
    for (const query of ['Hòa', 'HOÀ', 'hoa', 'yên hoà', 'phuong', '00175']) {
      expect(searchWords(query).every((word) => key.includes(word))).toBe(true);
    }
  });

  it('turns Đ into d', () => {
    expect(unitSearchKey({ name: 'Đà Nẵng', fullName: 'Thành phố Đà Nẵng', code: '48' })).toBe(
      'da nang thanh pho da nang 48',
    );
  });
});

describe('searchWords', () => {
  it('splits a query into folded words and drops blanks', () => {
    expect(searchWords('  Hoà   Bình ')).toEqual(['hoa', 'binh']);
    expect(searchWords('   ')).toEqual([]);
  });
});

describe('kindFromFullName', () => {
  it.each([
    ['Huyện Bạch Long Vĩ', 'Bạch Long Vĩ', 'Huyện'],
    ['Thành phố Hà Nội', 'Hà Nội', 'Thành phố'],
    ['Thị trấn Ba Chẽ', 'Ba Chẽ', 'Thị trấn'],
    ['Hà Nội', 'Hà Nội', null],
    ['Phường 1', 'Một', null],
  ])('%s / %s → %s', (fullName, name, expected) => {
    expect(kindFromFullName(fullName, name)).toBe(expected);
  });
});
