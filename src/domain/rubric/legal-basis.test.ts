import { describe, expect, it } from 'vitest';
import { certificateLegalBasisOf, legalBasisOnDate } from './legal-basis';
import { routeResult } from './route-result';

describe('Decision 1048 as history', () => {
  it.each([
    ['2019-08-20', undefined, undefined], // before 1048
    ['2019-08-21', '1048', '1048-bands'],
    ['2023-02-23', '1048', '1048-bands'], // last day of 1048
    ['2023-02-24', '148-original', '148-bands'], // 148 from its signing day
  ] as const)('a certificate issued on %s reads procedure %s and bands %s', (date, procedure, bands) => {
    const basis = legalBasisOnDate(date);
    expect(basis?.procedure.id).toBe(procedure);
    expect(basis?.bands.id).toBe(bands);
  });
  it('1048: parts A 35 / B 25 / C 40, no sheets modelled, legal basis named', () => {
    const basis = legalBasisOnDate('2021-06-01')!;
    expect(basis).toMatchObject({ partMaxima: { A: 35, B: 25, C: 40 }, hasSheets: false });
    expect(basis.procedure.legalBasis).toContain('1048/QĐ-TTg');
    expect(legalBasisOnDate('2024-01-01')).toMatchObject({
      partMaxima: { A: 40, B: 25, C: 35 },
      hasSheets: true,
    });
  });
  it.each([
    ['district', 49.99, 2, 'not-certified', undefined], // below 50: not forwarded
    ['district', 50, 3, 'forward', 'province'], // districts forwarded 50–100 points
    ['province', 75, 4, 'certify', 'province'], // the province certified 3★ and 4★
    ['province', 65, 3, 'certify', 'province'],
    ['province', 92, 5, 'forward', 'central'],
  ] as const)('1048 at the %s: %d points, %d★ → %s %s', (level, mean, stars, action, target) => {
    const route = routeResult(legalBasisOnDate('2021-06-01')!.procedure, level, mean, stars);
    expect(route.action).toBe(action);
    expect(route.targetLevel).toBe(target);
  });
});

describe('a certificate reads its legal basis from its issue date', () => {
  it.each([
    ['2019-08-20', undefined], // before 1048: no basis known
    ['2022-01-15', 'Quyết định 1048/QĐ-TTg ngày 21/08/2019 (sửa đổi bởi Quyết định 781/QĐ-TTg năm 2020)'],
    ['2023-02-23', 'Quyết định 1048/QĐ-TTg ngày 21/08/2019 (sửa đổi bởi Quyết định 781/QĐ-TTg năm 2020)'], // last day of 1048
    ['2023-02-24', 'Quyết định 148/QĐ-TTg ngày 24/02/2023'],
    ['2025-07-03', 'Quyết định 148/QĐ-TTg ngày 24/02/2023'], // transition before 1489
    [
      '2026-01-15',
      'Quyết định 148/QĐ-TTg ngày 24/02/2023, sửa đổi bởi Quyết định 1489/QĐ-TTg ngày 06/07/2025',
    ],
  ])('issued on %s → %s', (issuedOn, expected) => {
    expect(certificateLegalBasisOf(issuedOn)?.textVi).toBe(expected);
  });
});
