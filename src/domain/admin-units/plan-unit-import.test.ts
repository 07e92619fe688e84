import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import type { AdminUnit, UnitRecord } from './admin-unit.types';
import { planUnitImport, type PlanUnitImportInput } from './plan-unit-import';

const nation: AdminUnit = {
  id: 'vn',
  code: 'VN',
  name: 'Việt Nam',
  fullName: 'Việt Nam',
  nameEn: null,
  level: 'nation',
  kind: null,
  parentId: null,
  path: '/vn/',
  validFrom: '1976-07-02',
  validTo: null,
  detailsAsOf: '1976-07-02',
};

function record(
  level: UnitRecord['level'],
  code: string,
  name: string,
  kind: string,
  parentCode?: string,
): UnitRecord {
  return {
    level,
    code,
    name,
    fullName: `${kind} ${name}`,
    nameEn: null,
    kind,
    parent: parentCode ? { level: 'province', code: parentCode } : null,
    place: `${level}:${code}`,
  };
}

const release2025 = [
  record('province', '01', 'Hà Nội', 'Thành phố'),
  record('commune', '00175', 'Yên Hòa', 'Phường', '01'),
];

function planner(existing: AdminUnit[]) {
  let n = 0;
  return (overrides: Partial<PlanUnitImportInput>) =>
    planUnitImport({
      records: release2025,
      existing,
      nation,
      validFrom: '2025-07-01',
      validTo: undefined,
      newId: () => `id${++n}`,
      ...overrides,
    });
}

describe('planUnitImport', () => {
  it('creates a release under the nation, children under their parents', () => {
    const plan = planner([])({});
    expect(plan.creates.map((u) => [u.code, u.path, u.validFrom, u.validTo])).toEqual([
      ['01', '/vn/id1/', '2025-07-01', null],
      ['00175', '/vn/id1/id2/', '2025-07-01', null],
    ]);
  });

  it('changes nothing when the same release is planned again', () => {
    const existing = planner([])({}).creates;
    const plan = planner(existing)({});
    expect(plan).toMatchObject({ creates: [], updates: [], closes: [], unchanged: 2 });
  });

  it('keeps identity and valid_from when a later release only moves tone marks or changes the kind', () => {
    const existing = planner([])({}).creates;
    const release2026 = [
      record('province', '01', 'Hà Nội', 'Thành phố'),
      record('commune', '00175', 'Yên Hoà', 'Xã', '01'),
    ];
    const plan = planner(existing)({ records: release2026, validFrom: '2026-04-30' });
    expect(plan.creates).toEqual([]);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]?.after).toMatchObject({
      id: 'id2',
      validFrom: '2025-07-01',
      name: 'Yên Hoà',
      kind: 'Xã',
      detailsAsOf: '2026-04-30',
    });
    // An older release imported afterwards does not bring the old spelling back.
    const respelled = existing.map((u) => (u.id === 'id2' ? plan.updates[0]!.after : u));
    expect(planner(respelled)({})).toMatchObject({ creates: [], updates: [], unchanged: 2 });
  });

  it('ends a unit in force whose code a new release gives to another unit, without linking them', () => {
    const old = planner([])({ validFrom: '2025-03-01' }).creates;
    const reused = [
      record('province', '01', 'Hà Nội', 'Thành phố'),
      record('commune', '00175', 'Nghĩa Đô', 'Phường', '01'),
    ];
    const plan = planner(old)({ records: reused });
    expect(plan.closes.map((c) => [c.before.name, c.after.validTo])).toEqual([['Yên Hòa', '2025-06-30']]);
    expect(plan.creates.map((u) => [u.code, u.name, u.validFrom])).toEqual([
      ['00175', 'Nghĩa Đô', '2025-07-01'],
    ]);
  });

  it('sets the end of a superseded release when --valid-to is given', () => {
    const plan = planner([])({ validFrom: '2025-03-01', validTo: '2025-06-30' });
    expect(plan.creates.every((u) => u.validTo === '2025-06-30')).toBe(true);
  });

  it('refuses a release that would overlap a later unit of the same code', () => {
    const later = planner([])({ validFrom: '2025-07-01' }).creates;
    const other = [
      record('province', '01', 'Hà Nội', 'Thành phố'),
      record('commune', '00175', 'Trúc Bạch', 'Phường', '01'),
    ];
    try {
      planner(later)({ records: other, validFrom: '2025-03-01' });
      throw new Error('expected IMPORT_INVALID');
    } catch (error) {
      expect((error as DomainError).code).toBe('IMPORT_INVALID');
      expect((error as DomainError).details?.map((d) => d.field)).toEqual([
        'province:01.Code',
        'commune:00175.Code',
      ]);
    }
    // With an end date before the later release, the older list fits in.
    expect(
      planner(later)({ records: other, validFrom: '2025-03-01', validTo: '2025-06-30' }).creates,
    ).toHaveLength(2);
  });
});
