import { describe, expect, it } from 'vitest';
import { allowedDossierTypes, deriveDossierOutcome, type DossierResultFacts } from './dossier-outcome';

function result(overrides: Partial<DossierResultFacts>): DossierResultFacts {
  return {
    level: 'province',
    adoptedAt: new Date('2026-05-21T02:00:00Z'),
    routeAction: 'certify',
    routeTargetLevel: 'province',
    stars: 4,
    meanHundredths: 7650,
    explanationVi: 'Cấp tỉnh công nhận 4 sao.',
    explanationEn: 'The province certifies 4★.',
    blockedBy: [],
    decision: null,
    certificate: null,
    ...overrides,
  };
}

const approved = {
  number: '1520/QĐ-UBND',
  signedOn: '2026-05-25',
  issuerName: 'UBND tỉnh',
  status: 'approved' as const,
};
const certificate = {
  id: '0b5c3b2e-3b1f-4b8e-9b55-2f0d6f1a9d11',
  number: 'HN-2026-0001',
  stars: 4,
  issuedOn: '2026-05-25',
  validUntil: '2029-05-25',
  status: 'valid' as const,
};

describe('deriveDossierOutcome', () => {
  it('has no outcome while the dossier is still in intake', () => {
    expect(deriveDossierOutcome('forwarded_to_province', [result({})])).toBeNull();
  });

  it.each([
    ['no result yet', [], 'in-evaluation'],
    ['a result without a decision', [result({})], 'awaiting-decision'],
    ['a draft decision', [result({ decision: { ...approved, status: 'draft' } })], 'awaiting-decision'],
    ['an approved decision and its certificate', [result({ decision: approved, certificate })], 'certified'],
    [
      'a fall-back certified at a lower level',
      [result({ routeAction: 'fall-back', decision: approved, certificate })],
      'certified',
    ],
    ['a knock-out', [result({ routeAction: 'not-certified', stars: null })], 'not-certified'],
    [
      'a forward to the ministry',
      [result({ routeAction: 'forward', routeTargetLevel: 'central', stars: 4 })],
      'forwarded',
    ],
  ] as const)('%s → %s', (_, results, kind) => {
    expect(deriveDossierOutcome('accepted_into_pool', results)?.kind).toBe(kind);
  });

  it('follows the latest result: the central council decides after the province forwarded', () => {
    const forwarded = result({
      routeAction: 'forward',
      routeTargetLevel: 'central',
      adoptedAt: new Date('2026-05-21T02:00:00Z'),
    });
    const central = result({
      level: 'central',
      stars: 5,
      adoptedAt: new Date('2026-08-01T02:00:00Z'),
      decision: { ...approved, number: '300/QĐ-BNNMT' },
      certificate: { ...certificate, stars: 5, number: 'TW-2026-0001' },
    });
    const outcome = deriveDossierOutcome('accepted_into_pool', [central, forwarded]);
    expect(outcome).toMatchObject({ kind: 'certified', stars: 5, decision: { number: '300/QĐ-BNNMT' } });
    expect(outcome?.labelVi).toBe(
      'Đã công nhận 5 sao — Quyết định 300/QĐ-BNNMT, giấy chứng nhận số TW-2026-0001',
    );
  });

  it('gives the reason of a refusal with the mandatory criteria', () => {
    const outcome = deriveDossierOutcome('accepted_into_pool', [
      result({
        routeAction: 'not-certified',
        stars: 2,
        explanationVi: '58.00 điểm, 2 sao: không công nhận.',
        blockedBy: [{ criterionCode: 'B.2', star: 3, titleVi: 'Công bố chất lượng' }],
      }),
    ]);
    expect(outcome?.reasonVi).toBe(
      '58.00 điểm, 2 sao: không công nhận. Tiêu chí bắt buộc chưa đạt: B.2 (★3) Công bố chất lượng.',
    );
  });
});

describe('allowedDossierTypes', () => {
  it.each([
    [true, true, ['upgrade', 're-evaluation']],
    [true, false, ['upgrade', 're-evaluation']],
    [false, true, ['first', 'upgrade', 're-evaluation']],
    [false, false, ['first']],
  ] as const)(
    'valid certificate %s, evaluated dossier %s → %j',
    (hasValidCertificate, hasEvaluatedDossier, expected) => {
      expect(allowedDossierTypes({ hasValidCertificate, hasEvaluatedDossier })).toEqual(expected);
    },
  );
});
