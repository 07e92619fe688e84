import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { parseSuccessionMapping, planSuccessions, type SuccessionUnitRef } from './succession-mapping';

const mapping = () => ({
  data: [
    {
      level1_id: '02',
      name: 'Tỉnh Hà Giang',
      splits: [{ new_id: '08', name: 'Tỉnh Tuyên Quang' }],
      level2s: [{ level2_id: '030', name: 'Huyện Đảo', splits: [{ new_id: '02400', name: 'Đặc khu Đảo' }] }],
      level3s: [
        {
          level3_id: '00688',
          name: 'Phường Quang Trung',
          splits: [
            { new_id: '02216', name: 'Phường Hà Giang 1' },
            { new_id: '02300', name: 'Xã Yên Hòa' },
          ],
        },
        { level3_id: '00691', name: 'Xã Đã Giải Thể', splits: [{ new_id: '02300', name: 'Xã Yên Hòa' }] },
      ],
    },
  ],
});

const ref = (id: string, code: string, fullName: string, provinceCode: string): SuccessionUnitRef => ({
  id,
  code,
  fullName,
  provinceCode,
});
const oldUnits = new Map([
  ['province:02', ref('p02', '02', 'Tỉnh Hà Giang', '02')],
  ['district:030', ref('d030', '030', 'Huyện Đảo', '02')],
  ['commune:00688', ref('c00688', '00688', 'Phường Quang Trung', '02')],
]);
const newUnits = new Map([
  ['province:08', ref('p08', '08', 'Tỉnh Tuyên Quang', '08')],
  ['commune:02216', ref('c02216', '02216', 'Phường Hà Giang 1', '08')],
  ['commune:02300', ref('c02300', '02300', 'Xã Yên Hoà', '08')],
  ['commune:02400', ref('c02400', '02400', 'Đặc khu Đảo', '08')],
]);

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect((error as DomainError).code).toBe('IMPORT_INVALID');
    return ((error as DomainError).details ?? []).map((d) => d.field);
  }
  throw new Error('expected IMPORT_INVALID');
}

describe('parseSuccessionMapping', () => {
  it('flattens provinces, island districts and communes with their places', () => {
    const entries = parseSuccessionMapping(mapping());
    expect(entries.map((e) => [e.level, e.oldCode, e.targets.map((t) => t.code), e.place])).toEqual([
      ['province', '02', ['08'], 'data[0].level1_id'],
      ['district', '030', ['02400'], 'data[0].level2s[0].level2_id'],
      ['commune', '00688', ['02216', '02300'], 'data[0].level3s[0].level3_id'],
      ['commune', '00691', ['02300'], 'data[0].level3s[1].level3_id'],
    ]);
    expect(entries[2]?.targets[1]?.place).toBe('data[0].level3s[0].splits[1].new_id');
  });

  it('names the place of a malformed entry', () => {
    const file = mapping();
    file.data[0]!.level3s[0]!.splits = [];
    expect(problemsOf(() => parseSuccessionMapping(file))).toEqual(['data[0].level3s[0].splits']);
  });
});

describe('planSuccessions', () => {
  it('links old units to new ones, skips communes missing from the history, reports them', () => {
    const plan = planSuccessions({ entries: parseSuccessionMapping(mapping()), oldUnits, newUnits });
    expect(plan.links).toEqual([
      { predecessorId: 'p02', successorId: 'p08' },
      { predecessorId: 'd030', successorId: 'c02400' },
      { predecessorId: 'c00688', successorId: 'c02216' },
      { predecessorId: 'c00688', successorId: 'c02300' },
    ]);
    expect(plan.skipped.map((s) => s.place)).toEqual(['data[0].level3s[1].level3_id']);
    expect(plan.resolvedByName).toEqual([]);
  });

  it('accepts a wrong target code when its name (any tone-mark placement) matches one new commune of the province', () => {
    const file = mapping();
    file.data[0]!.level3s[0]!.splits[1]!.new_id = '02301';
    const plan = planSuccessions({ entries: parseSuccessionMapping(file), oldUnits, newUnits });
    expect(plan.links).toContainEqual({ predecessorId: 'c00688', successorId: 'c02300' });
    expect(plan.resolvedByName.map((n) => n.place)).toEqual(['data[0].level3s[0].splits[1].new_id']);
  });

  it('refuses a target that is neither a known code nor a known name, naming the place', () => {
    const file = mapping();
    file.data[0]!.level3s[0]!.splits[1] = { new_id: '02399', name: 'Xã Không Có' };
    expect(
      problemsOf(() => planSuccessions({ entries: parseSuccessionMapping(file), oldUnits, newUnits })),
    ).toEqual(['data[0].level3s[0].splits[1].new_id']);
  });

  it('refuses an unknown old province (the pre-reform list was not imported)', () => {
    expect(
      problemsOf(() =>
        planSuccessions({ entries: parseSuccessionMapping(mapping()), oldUnits: new Map(), newUnits }),
      ),
    ).toEqual(['data[0].level1_id']);
  });
});
