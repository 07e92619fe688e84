import { describe, expect, it } from 'vitest';
import {
  addressWithUnits,
  isSameUnitName,
  kindFromFullName,
  peoplesCommitteeOf,
  placeNameOf,
  searchWords,
  unitNameInSentence,
  unitSearchKey,
} from './unit-names';

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

describe('names inside a sentence', () => {
  it.each([
    ['Xã Bát Tràng', 'Ủy ban nhân dân xã Bát Tràng'],
    ['Thành phố Hà Nội', 'Ủy ban nhân dân thành phố Hà Nội'],
    ['Tỉnh Hà Tĩnh', 'Ủy ban nhân dân tỉnh Hà Tĩnh'],
    ['Phường Yên Hòa', 'Ủy ban nhân dân phường Yên Hòa'],
    ['Đặc khu Phú Quốc', 'Ủy ban nhân dân đặc khu Phú Quốc'],
  ])('%s → %s', (fullName, committee) => {
    expect(peoplesCommitteeOf(fullName)).toBe(committee);
    expect(unitNameInSentence(fullName)).toBe(committee.replace('Ủy ban nhân dân ', ''));
  });

  it.each([
    ['Xã Bát Tràng', 'Bát Tràng'],
    ['Thành phố Hà Nội', 'Hà Nội'],
    ['Phường Yên Hòa', 'Yên Hòa'],
    ['Đặc khu Phú Quốc', 'Phú Quốc'],
  ])('documents of %s are dated at %s', (fullName, place) => {
    expect(placeNameOf(fullName)).toBe(place);
  });
});

describe('addressWithUnits — the commune and province after an address, never twice', () => {
  const units = ['Xã Bát Tràng', 'Thành phố Hà Nội'];
  it.each([
    ['Thôn Đoài', 'Thôn Đoài, Xã Bát Tràng, Thành phố Hà Nội'],
    ['Xã Bát Tràng', 'Xã Bát Tràng, Thành phố Hà Nội'],
    ['Thôn Đoài, xã Bát Tràng, Hà Nội', 'Thôn Đoài, xã Bát Tràng, Hà Nội'],
    ['Số 5, Bát Tràng, TP Hà Nội', 'Số 5, Bát Tràng, TP Hà Nội, Thành phố Hà Nội'],
    ['Thôn Bát Tràng Mới', 'Thôn Bát Tràng Mới, Xã Bát Tràng, Thành phố Hà Nội'],
    ['  ', 'Xã Bát Tràng, Thành phố Hà Nội'],
    [null, 'Xã Bát Tràng, Thành phố Hà Nội'],
  ])('%j → %j', (address, expected) => {
    expect(addressWithUnits(address, units)).toBe(expected);
  });

  it('reads either tone-mark placement as the same name', () => {
    expect(addressWithUnits('Thôn 2, xã Hoà Bình', ['Xã Hòa Bình', null])).toBe('Thôn 2, xã Hoà Bình');
  });
});
