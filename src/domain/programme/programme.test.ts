import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/permissions';
import { assertTargetsValid, catalogueInForce, getCatalogue } from './indicator-catalogue';
import { INDICATOR_CATALOGUE_VERSIONS } from './indicator-catalogue.data';
import type { IndicatorCatalogueVersion } from './indicator.types';
import {
  attainment,
  budgetSpentShare,
  computePlanProgress,
  metricActual,
  type ManualValue,
} from './plan-progress';
import { ALLOWED_PLAN_ACTIONS_BY_STATUS, PLAN_ACTIONS, transitionPlan } from './plan-workflow';
import { canActOnPlan, canOnProposal, canReadPlan, proposalListScope } from './programme-policy';
import { PLAN_STATUSES, PROPOSAL_STATUSES } from './programme.types';
import {
  ALLOWED_PROPOSAL_ACTIONS_BY_STATUS,
  assertReviewReason,
  PROPOSAL_ACTIONS,
  transitionProposal,
} from './proposal-workflow';

describe('idea and business plan review table', () => {
  const cases = [
    ['submitted', 'accept', 'accepted'],
    ['submitted', 'request_changes', 'changes_requested'],
    ['submitted', 'decline', 'declined'],
    ['submitted', 'edit', 'submitted'],
    ['changes_requested', 'edit', 'submitted'],
    ['accepted', 'start_dossier', 'accepted'],
  ] as const;
  it.each(cases)('%s --%s--> %s', (from, action, to) => {
    expect(transitionProposal(from, action)).toBe(to);
  });

  it('refuses every action the table does not list', () => {
    for (const status of PROPOSAL_STATUSES)
      for (const action of PROPOSAL_ACTIONS) {
        const allowed = (ALLOWED_PROPOSAL_ACTIONS_BY_STATUS[status] as readonly string[]).includes(action);
        if (!allowed)
          expect(() => transitionProposal(status, action)).toThrow(
            expect.objectContaining({ code: 'INVALID_TRANSITION' }),
          );
      }
  });

  it.each([
    ['accept', undefined, true],
    ['request_changes', '  ', false],
    ['request_changes', 'Bổ sung vùng nguyên liệu', true],
    ['decline', undefined, false],
  ] as const)('%s with reason %j is valid: %s', (decision, reason, isValid) => {
    const run = () => assertReviewReason(decision, reason);
    if (isValid) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});

describe('yearly plan table', () => {
  it.each([
    ['draft', 'edit', 'draft'],
    ['draft', 'approve', 'approved'],
    ['approved', 'amend', 'amending'],
    ['amending', 'edit', 'amending'],
    ['amending', 'approve', 'approved'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(transitionPlan(from, action)).toBe(to);
  });

  it('an approved plan is not edited in place and not approved twice', () => {
    for (const status of PLAN_STATUSES)
      for (const action of PLAN_ACTIONS)
        if (!(ALLOWED_PLAN_ACTIONS_BY_STATUS[status] as readonly string[]).includes(action))
          expect(() => transitionPlan(status, action)).toThrow(
            expect.objectContaining({ code: 'INVALID_TRANSITION' }),
          );
    expect(() => transitionPlan('approved', 'edit')).toThrow();
  });
});

describe('indicator catalogue is data', () => {
  it('every code is unique in each version and the version in force is found by date', () => {
    for (const version of INDICATOR_CATALOGUE_VERSIONS) {
      const codes = version.indicators.map((i) => i.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
    expect(catalogueInForce('2026-06-01').id).toBe('ocop-indicators-2026.1');
    expect(() => getCatalogue('nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('targets must name a known indicator once, a percent at most 100', () => {
    const catalogue = catalogueInForce('2026-06-01');
    expect(() =>
      assertTargetsValid(catalogue, [{ indicatorCode: 'products_new_3_star_plus', target: 5 }]),
    ).not.toThrow();
    const field = (targets: { indicatorCode: string; target: number }[]) => {
      try {
        assertTargetsValid(catalogue, targets);
        return null;
      } catch (error) {
        return (error as { details: { field: string }[] }).details[0]!.field;
      }
    };
    expect(field([{ indicatorCode: 'unknown', target: 1 }])).toBe('targets.0.indicatorCode');
    expect(
      field([
        { indicatorCode: 'producers_supported', target: 1 },
        { indicatorCode: 'producers_supported', target: 2 },
      ]),
    ).toBe('targets.1.indicatorCode');
    expect(field([{ indicatorCode: 'share_products_with_stamps', target: 120 }])).toBe('targets.0.target');
  });
});

/** A small catalogue of its own, so the tests do not move when the real catalogue grows. */
const CATALOGUE: IndicatorCatalogueVersion = {
  id: 'test',
  validFrom: '2026-01-01',
  indicators: [
    {
      code: 'three',
      vi: '3 sao',
      en: '3 stars',
      unit: 'count',
      source: { kind: 'computed', metric: 'certificates_3_plus' },
    },
    {
      code: 'stamps',
      vi: 'Tem',
      en: 'Stamps',
      unit: 'percent',
      source: { kind: 'computed', metric: 'share_stamped_products' },
    },
    {
      code: 'supported',
      vi: 'Hỗ trợ',
      en: 'Supported',
      unit: 'count',
      source: { kind: 'manual', aggregation: 'sum' },
    },
    {
      code: 'commitment',
      vi: 'Cam kết',
      en: 'Commitment',
      unit: 'percent',
      source: { kind: 'manual', aggregation: 'none' },
    },
  ],
};
const target = (indicatorCode: string, value: number) => ({ indicatorCode, target: value, note: '' });
const manual = (value: number, note = 'Báo cáo xã'): ManualValue => ({ value, note, evidence: '' });

describe('plan progress', () => {
  it.each([
    // planned, actual, percent, met
    [5, 6, 120, true],
    [5, 3, 60, false],
    [3, 1, 33.3, false],
    [0, 0, null, true],
    [0, 4, null, true],
    [5, null, null, null],
  ] as const)('target %s, actual %s → %s %%, met %s', (planned, actual, percent, isMet) => {
    expect(attainment(planned, actual)).toEqual({ percent, isMet });
  });

  it('computed indicators read the metrics, manual ones the entered value with its note', () => {
    const rows = computePlanProgress({
      catalogue: CATALOGUE,
      targets: [target('three', 4), target('stamps', 100), target('supported', 3)],
      metrics: {
        certificates_3_plus: { kind: 'count', value: 2 },
        share_stamped_products: { kind: 'share', numerator: 1, denominator: 4 },
      },
      manual: new Map([
        ['supported', manual(3, 'Hỗ trợ 3 HTX')],
        ['three', manual(99)],
      ]),
    });
    expect(rows.map((r) => [r.indicatorCode, r.source, r.actual, r.percent, r.isMet, r.note])).toEqual([
      ['three', 'computed', 2, 50, false, ''],
      ['stamps', 'computed', 25, 25, false, ''],
      ['supported', 'manual', 3, 100, true, 'Hỗ trợ 3 HTX'],
    ]);
  });

  it('a share of nothing is unknown, not 0 %', () => {
    expect(metricActual({ kind: 'share', numerator: 0, denominator: 0 })).toBeNull();
    expect(metricActual(undefined)).toBeNull();
  });

  it.each([
    ['own value wins over the children', manual(7), [2, 3], 7, 'manual'],
    ['no own value: sum of the children that reported', undefined, [2, null, 3], 5, 'children'],
    ['no own value and no child reported: unknown', undefined, [null], null, 'manual'],
  ] as const)('roll-up of a summed manual indicator: %s', (_, own, children, actual, source) => {
    const [row] = computePlanProgress({
      catalogue: CATALOGUE,
      targets: [target('supported', 4)],
      metrics: {},
      manual: new Map(own ? [['supported', own]] : []),
      childActuals: new Map([['supported', children]]),
    });
    expect([row!.actual, row!.source]).toEqual([actual, source]);
  });

  it('a share entered by hand is never summed from children', () => {
    const [row] = computePlanProgress({
      catalogue: CATALOGUE,
      targets: [target('commitment', 100)],
      metrics: {},
      manual: new Map(),
      childActuals: new Map([['commitment', [100, 80]]]),
    });
    expect(row!.actual).toBeNull();
  });

  it('budget spent share sums every line', () => {
    const share = budgetSpentShare([
      { source: 'province', plannedVnd: 300_000_000, spentVnd: 150_000_000 },
      { source: 'commune', plannedVnd: 100_000_000, spentVnd: 0 },
    ]);
    expect(metricActual(share)).toBe(37.5);
  });
});

describe('programme policy', () => {
  const nation = { role: 'standing_office' as const, unitId: 'n', unitPath: '/n/' };
  const provinceOffice = { role: 'standing_office' as const, unitId: 'p', unitPath: '/n/p/' };
  const communeOfficer = { role: 'commune_officer' as const, unitId: 'c', unitPath: '/n/p/c/' };
  const otherProvince = { role: 'standing_office' as const, unitId: 'q', unitPath: '/n/q/' };
  const communeLeader = { role: 'leader' as const, unitId: 'c', unitPath: '/n/p/c/' };
  const provinceLeader = { role: 'leader' as const, unitId: 'p', unitPath: '/n/p/' };
  const producer = { role: 'producer' as const, unitId: 'c', unitPath: '/n/p/c/' };
  const actor = (...grants: Actor['grants']): Actor => ({ accountId: 'a', username: 'u', grants });
  const communePlan = { unitId: 'c', unitPath: '/n/p/c/' };
  const provincePlan = { unitId: 'p', unitPath: '/n/p/' };

  it.each([
    ['central office reads a commune plan', actor(nation), communePlan, true],
    ['province reads its commune plan', actor(provinceOffice), communePlan, true],
    ['commune reads its province plan', actor(communeOfficer), provincePlan, true],
    ['another province reads nothing', actor(otherProvince), communePlan, false],
    ['a producer reads no yearly plan', actor(producer), provincePlan, false],
  ] as const)('%s: %s', (_, who, plan, expected) => {
    expect(canReadPlan(who, plan)).toBe(expected);
  });

  it.each([
    ['commune officer drafts its commune plan', actor(communeOfficer), 'plan.manage', communePlan, true],
    [
      'province office does not draft a commune plan',
      actor(provinceOffice),
      'plan.manage',
      communePlan,
      false,
    ],
    ['commune leader approves its commune plan', actor(communeLeader), 'plan.approve', communePlan, true],
    [
      'province leader does not approve a commune plan',
      actor(provinceLeader),
      'plan.approve',
      communePlan,
      false,
    ],
    ['province office does not approve its plan', actor(provinceOffice), 'plan.approve', provincePlan, false],
  ] as const)('%s: %s', (_, who, action, plan, expected) => {
    expect(canActOnPlan(who, action, plan)).toBe(expected);
  });

  it('a producer acts only on its own producer’s ideas; the commune reviews', () => {
    const idea = { producerId: 'prod-1', unitPath: '/n/p/c/' };
    expect(canOnProposal(actor(producer), 'idea.manage', idea, ['prod-1'])).toBe(true);
    expect(canOnProposal(actor(producer), 'idea.manage', idea, ['prod-2'])).toBe(false);
    expect(canOnProposal(actor(producer), 'idea.review', idea, ['prod-1'])).toBe(false);
    expect(canOnProposal(actor(communeOfficer), 'idea.review', idea, [])).toBe(true);
    expect(canOnProposal(actor(otherProvince), 'idea.read', idea, [])).toBe(false);
    expect(proposalListScope(actor(producer, provinceOffice), ['prod-1'])).toEqual({
      producerIds: ['prod-1'],
      unitPaths: ['/n/p/'],
    });
  });
});
