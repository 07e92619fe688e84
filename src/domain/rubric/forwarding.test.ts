import { describe, expect, it } from 'vitest';
import { PROCEDURE_148_AMENDED_1489, PROCEDURE_148_ORIGINAL } from './procedure-versions';
import { routeResult } from './route-result';
import { bandForPoints, type StarCount } from './star-bands';

/**
 * Stars when every mandatory criterion is met = the band of the mean; when the next band's
 * mandatory criterion is missed, one star lower (e.g. 72 failing a ★4 criterion → 3★).
 */
const starsFor = (mean: number, isMandatoryMet: boolean): StarCount => {
  const band = bandForPoints(mean)!.stars;
  return (isMandatoryMet || band <= 3 ? band : band - 1) as StarCount;
};

describe('forwarding under 148 original, district council (≥ 70 goes to the province)', () => {
  it.each([
    // mean, mandatory met, points reading → action/target, stars reading → action/target
    [69.99, true, 'certify', 'district', 'certify', 'district'], // 69.99 < 70: 3★ certified by the district
    [69.99, false, 'certify', 'district', 'certify', 'district'],
    [70, true, 'forward', 'province', 'forward', 'province'], // 70 ≥ 70 and 4★
    [70, false, 'forward', 'province', 'certify', 'district'], // 70 ≥ 70 but held at 3★: only points forwards
    [72, false, 'forward', 'province', 'certify', 'district'], // the audit's case
    [89.99, true, 'forward', 'province', 'forward', 'province'],
    [89.99, false, 'forward', 'province', 'certify', 'district'],
    [90, true, 'forward', 'province', 'forward', 'province'],
    [90, false, 'forward', 'province', 'forward', 'province'], // 4★ is above the district's 3★ either way
  ] as const)(
    '%d points, mandatory met %s → points: %s %s; stars: %s %s',
    (mean, isMet, pointsAction, pointsTarget, starsAction, starsTarget) => {
      const stars = starsFor(mean, isMet);
      const byPoints = routeResult(PROCEDURE_148_ORIGINAL, 'district', mean, stars, { reading: 'points' });
      expect(byPoints).toMatchObject({ action: pointsAction, targetLevel: pointsTarget, reading: 'points' });
      const byStars = routeResult(PROCEDURE_148_ORIGINAL, 'district', mean, stars, { reading: 'stars' });
      expect(byStars).toMatchObject({ action: starsAction, targetLevel: starsTarget, reading: 'stars' });
    },
  );

  it('a 72-point result failing a ★4 criterion names the reason for going up', () => {
    const route = routeResult(PROCEDURE_148_ORIGINAL, 'district', 72, 3);
    expect(route).toMatchObject({ action: 'forward', targetLevel: 'province', stars: 3, reading: 'points' });
    expect(route.explanationVi).toBe(
      'Chuyển cấp trên vì đạt ≥ 70 điểm (72.00 điểm): đề xuất cấp tỉnh đánh giá.',
    );
  });
});

describe('forwarding under 1489, provincial council (≥ 90 goes to the ministry)', () => {
  it.each([
    [69.99, true, 'certify', 'province', 'certify', 'province'], // 3★ certified by the province
    [70, true, 'certify', 'province', 'certify', 'province'], // 4★ certified by the province
    [70, false, 'certify', 'province', 'certify', 'province'], // held at 3★, still the province's
    [89.99, true, 'certify', 'province', 'certify', 'province'], // 89.99 < 90
    [89.99, false, 'certify', 'province', 'certify', 'province'],
    [90, true, 'forward', 'central', 'forward', 'central'], // 5★
    [90, false, 'forward', 'central', 'certify', 'province'], // held at 4★ by a ★5 criterion: only points forwards
    [91, false, 'forward', 'central', 'certify', 'province'], // the audit's case
  ] as const)(
    '%d points, mandatory met %s → points: %s %s; stars: %s %s',
    (mean, isMet, pointsAction, pointsTarget, starsAction, starsTarget) => {
      const stars = starsFor(mean, isMet);
      expect(
        routeResult(PROCEDURE_148_AMENDED_1489, 'province', mean, stars, { reading: 'points' }),
      ).toMatchObject({ action: pointsAction, targetLevel: pointsTarget });
      expect(
        routeResult(PROCEDURE_148_AMENDED_1489, 'province', mean, stars, { reading: 'stars' }),
      ).toMatchObject({ action: starsAction, targetLevel: starsTarget });
    },
  );

  it('says why: "chuyển cấp trên vì đạt ≥ 90 điểm"', () => {
    expect(routeResult(PROCEDURE_148_AMENDED_1489, 'province', 91, 4).explanationVi).toContain(
      'Chuyển cấp trên vì đạt ≥ 90 điểm',
    );
  });

  it('points is the default reading of both procedures; a knock-out is never forwarded', () => {
    expect(PROCEDURE_148_ORIGINAL.forwardingReading).toBe('points');
    expect(PROCEDURE_148_AMENDED_1489.forwardingReading).toBe('points');
    expect(routeResult(PROCEDURE_148_AMENDED_1489, 'province', 95, null).action).toBe('not-certified');
  });

  it('148 original, province: 72 held at 3★ goes back to the district (not forwarded, not certified here)', () => {
    expect(routeResult(PROCEDURE_148_ORIGINAL, 'province', 72, 3)).toMatchObject({
      action: 'fall-back',
      targetLevel: 'district',
    });
    expect(routeResult(PROCEDURE_148_ORIGINAL, 'province', 91, 4)).toMatchObject({
      action: 'forward',
      targetLevel: 'central',
    });
  });
});
