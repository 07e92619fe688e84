import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROCEDURE_VERSIONS, findProcedureVersionInForce } from './procedure-versions';
import { routeResult } from './route-result';

/** Districts were abolished on 01/07/2025; 1489 amended 148 on 06/07/2025. */
describe('the 01–05/07/2025 gap in the calendar of procedures', () => {
  it.each([
    ['2025-06-30', '148-original', 'district'], // last day with districts
    ['2025-07-01', '148-transition-2025-07', 'province'], // districts gone, 148 not yet amended
    ['2025-07-03', '148-transition-2025-07', 'province'],
    ['2025-07-05', '148-transition-2025-07', 'province'],
    ['2025-07-06', '148-amended-1489', 'province'], // 1489 in force
  ] as const)('a dossier dated %s follows %s and the commune sends it to the %s', (date, id, next) => {
    const procedure = findProcedureVersionInForce(date)!;
    expect(procedure.id).toBe(id);
    expect(procedure.steps.find((s) => s.level === 'commune')?.forwardsTo).toBe(next);
  });

  it('no day from 148 onwards is without a procedure, and no two procedures overlap', () => {
    const versions = [...BUILT_IN_PROCEDURE_VERSIONS].sort((a, b) =>
      a.effectiveFrom.localeCompare(b.effectiveFrom),
    );
    for (let i = 1; i < versions.length; i += 1) {
      const previousEnd = new Date(`${versions[i - 1]!.effectiveTo}T00:00:00Z`);
      previousEnd.setUTCDate(previousEnd.getUTCDate() + 1);
      expect(previousEnd.toISOString().slice(0, 10)).toBe(versions[i]!.effectiveFrom);
    }
    expect(versions.at(-1)!.effectiveTo).toBeNull();
  });

  it('no procedure in force from 01/07/2025 has a district step', () => {
    for (const date of ['2025-07-01', '2025-07-05', '2025-07-06', '2026-01-01'])
      expect(findProcedureVersionInForce(date)!.steps.some((s) => s.level === 'district')).toBe(false);
  });

  it('in the gap the province certifies 3★ itself and forwards from 90 points', () => {
    const gap = findProcedureVersionInForce('2025-07-03')!;
    expect(routeResult(gap, 'province', 65, 3)).toMatchObject({ action: 'certify', targetLevel: 'province' });
    expect(routeResult(gap, 'province', 90, 4)).toMatchObject({ action: 'forward', targetLevel: 'central' });
    expect(() => routeResult(gap, 'district', 72, 3)).toThrow(/district/);
  });
});
