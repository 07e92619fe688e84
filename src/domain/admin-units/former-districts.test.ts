import { describe, expect, it } from 'vitest';
import type { AdminUnit, UnitLevel } from './admin-unit.types';
import { formerDistrictsOf } from './former-districts';

function unit(
  id: string,
  level: UnitLevel,
  name: string,
  parentId: string | null,
  validTo: string | null = '2025-06-30',
): AdminUnit {
  return {
    id,
    code: id,
    name,
    fullName: name,
    nameEn: null,
    level,
    kind: level === 'district' ? 'Huyện' : 'Xã',
    parentId,
    path: `/${id}/`,
    validFrom: validTo ? '2008-08-01' : '2025-07-01',
    validTo,
    detailsAsOf: '2025-07-01',
  };
}

const hanoi = unit('01', 'province', 'Hà Nội', null, null);
const giaLam = unit('018', 'district', 'Gia Lâm', '01');
const longBien = unit('004', 'district', 'Long Biên', '01');
const batTrangOld = unit('00601', 'commune', 'Bát Tràng', '018');
const kimLanOld = unit('00602', 'commune', 'Kim Lan', '018');
const phucDongOld = unit('00130', 'commune', 'Phúc Đồng', '004');
const unitsById = new Map([hanoi, giaLam, longBien].map((u) => [u.id, u]));

describe('the former district of a commune', () => {
  it.each<[string, AdminUnit, AdminUnit[], string[]]>([
    [
      'formed from communes of one former district → that district',
      unit('10001', 'commune', 'Bát Tràng', '01', null),
      [batTrangOld, kimLanOld],
      ['Gia Lâm'],
    ],
    [
      'formed from communes of several → all named, in code order',
      unit('10002', 'commune', 'Long Biên', '01', null),
      [batTrangOld, phucDongOld],
      ['Long Biên', 'Gia Lâm'],
    ],
    ['a pre-reform commune → its own district', batTrangOld, [], ['Gia Lâm']],
    ['no predecessors recorded → none', unit('10003', 'commune', 'Xã mới', '01', null), [], []],
    [
      'a predecessor whose district is not stored → skipped',
      unit('10004', 'commune', 'Xã mới', '01', null),
      [unit('00999', 'commune', 'Xã lạ', '099')],
      [],
    ],
  ])('%s', (_, commune, predecessors, expected) => {
    expect(formerDistrictsOf({ commune, predecessors, unitsById }).map((d) => d.name)).toEqual(expected);
  });
});
