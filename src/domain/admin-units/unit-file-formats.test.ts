import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { parseJsonText } from './import-problems';
import { detectUnitFileFormat, parseUnitFile } from './unit-file-formats';

const ward2 = (code: string, name: string, provinceCode = '01') => ({
  Type: 'ward',
  Code: code,
  Name: name,
  NameEn: null,
  FullName: `Phường ${name}`,
  ProvinceCode: provinceCode,
  AdministrativeUnitShortName: 'Phường',
});
const twoTier = () => [
  {
    Type: 'province',
    Code: '01',
    Name: 'Hà Nội',
    NameEn: 'Ha Noi',
    FullName: 'Thành phố Hà Nội',
    AdministrativeUnitShortName: 'Thành phố',
    Wards: [ward2('00004', 'Ba Đình'), ward2('00008', 'Ngọc Hà')],
  },
];
const threeTier = () => [
  {
    Code: '01',
    Name: 'Hà Nội',
    FullName: 'Thành phố Hà Nội',
    District: [
      {
        Code: '001',
        Name: 'Ba Đình',
        FullName: 'Quận Ba Đình',
        ProvinceCode: '01',
        Ward: [{ Code: '00001', Name: 'Phúc Xá', FullName: 'Phường Phúc Xá', DistrictCode: '001' }],
      },
      { Code: '318', Name: 'Bạch Long Vĩ', FullName: 'Huyện Bạch Long Vĩ', ProvinceCode: '01', Ward: null },
    ],
  },
];

function problemsOf(run: () => unknown): { field: string; messageEn: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('IMPORT_INVALID');
    return [...((error as DomainError).details ?? [])];
  }
  throw new Error('expected IMPORT_INVALID');
}

describe('detectUnitFileFormat', () => {
  it.each([
    [threeTier(), 'three-tier'],
    [twoTier(), 'two-tier'],
    [{ data: [{ level1_id: '01', splits: [], level3s: [] }] }, 'succession-mapping'],
    [[], 'unknown'],
    [[1, 2], 'unknown'],
    [{ provinces: [] }, 'unknown'],
    ['text', 'unknown'],
  ])('recognises %j as %s from its content', (json, expected) => {
    expect(detectUnitFileFormat(json)).toBe(expected);
  });
});

describe('parseUnitFile', () => {
  it('flattens a two-tier file: provinces then their communes, kind from the short name', () => {
    const parsed = parseUnitFile(twoTier());
    expect(parsed.format).toBe('two-tier');
    expect(parsed.records.map((r) => [r.level, r.code, r.parent?.code ?? null, r.kind])).toEqual([
      ['province', '01', null, 'Thành phố'],
      ['commune', '00004', '01', 'Phường'],
      ['commune', '00008', '01', 'Phường'],
    ]);
  });

  it('flattens a three-tier file with districts, including island districts without communes', () => {
    const parsed = parseUnitFile(threeTier());
    expect(parsed.format).toBe('three-tier');
    expect(parsed.records.map((r) => [r.level, r.code, r.parent?.level ?? null, r.kind])).toEqual([
      ['province', '01', null, 'Thành phố'],
      ['district', '001', 'province', 'Quận'],
      ['commune', '00001', 'district', 'Phường'],
      ['district', '318', 'province', 'Huyện'],
    ]);
  });

  it('names the place of a wrong value', () => {
    const file = twoTier();
    (file[0]!.Wards[1] as { Code: unknown }).Code = 8;
    expect(problemsOf(() => parseUnitFile(file))).toEqual([
      expect.objectContaining({ field: '[0].Wards[1].Code' }),
    ]);
  });

  it('refuses a commune whose parent code is not its enclosing unit', () => {
    const file = twoTier();
    file[0]!.Wards[1]!.ProvinceCode = '02';
    expect(problemsOf(() => parseUnitFile(file))).toEqual([
      expect.objectContaining({ field: '[0].Wards[1].ProvinceCode' }),
    ]);
    const three = threeTier();
    three[0]!.District[0]!.Ward![0]!.DistrictCode = '999';
    expect(problemsOf(() => parseUnitFile(three))[0]?.field).toBe('[0].District[0].Ward[0].DistrictCode');
  });

  it('refuses a code listed twice on one level', () => {
    const file = twoTier();
    file[0]!.Wards[1]!.Code = '00004';
    const [problem, ...others] = problemsOf(() => parseUnitFile(file));
    expect(others).toEqual([]);
    expect(problem?.field).toBe('[0].Wards[1].Code');
    expect(problem?.messageEn).toContain('[0].Wards[0]');
  });

  it('points a mapping file to the right command, and rejects unknown shapes', () => {
    expect(problemsOf(() => parseUnitFile({ data: [{ level1_id: '01' }] }))[0]?.messageEn).toContain(
      'link-successions',
    );
    expect(problemsOf(() => parseUnitFile({ foo: 1 }))[0]?.field).toBe('(file)');
  });

  it('reports malformed JSON as IMPORT_INVALID', () => {
    expect(problemsOf(() => parseJsonText('[{"Code": "01",'))[0]?.messageEn).toMatch(/^Not valid JSON/);
  });
});
