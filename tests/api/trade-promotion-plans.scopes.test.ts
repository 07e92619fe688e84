import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { toCount } from '../../src/db/database';
import { auditLog, tradePromotionPlanEvents, tradePromotionPlans } from '../../src/db/schema';
import type { Role } from '../../src/domain/access/roles';
import { buildJurisdictions, type UnitRow } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * The provinces' yearly trade-promotion plans: the standing office of a province writes and sends
 * its own plan (frozen once sent); another province neither sees nor writes it; commune, leader,
 * producer and the central office do not write it; the central office sees every province's sent
 * plan in one calendar by month. Every refusal leaves no row and no audit entry.
 */
type ActorName = 'commune' | 'province' | 'otherProvince' | 'central' | 'leader' | 'producer';
const ACTORS: readonly ActorName[] = [
  'commune',
  'province',
  'otherProvince',
  'central',
  'leader',
  'producer',
];

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
const sessions = new Map<ActorName, Session>();
const GRANTS: Record<ActorName, [Role, () => UnitRow]> = {
  commune: ['commune_officer', () => units.communeX],
  province: ['standing_office', () => units.provinceA],
  otherProvince: ['standing_office', () => units.provinceB],
  central: ['standing_office', () => units.nation],
  leader: ['leader', () => units.provinceA],
  producer: ['producer', () => units.communeX],
};

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-02-01T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  for (const actor of ACTORS) {
    const [role, unit] = GRANTS[actor];
    sessions.set(actor, await signInAs(t, role, unit()));
  }
});
afterAll(async () => t.close());

const inject = (actor: ActorName, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: sessions.get(actor)!.headers });

async function snapshot(): Promise<number[]> {
  return Promise.all(
    [auditLog, tradePromotionPlans, tradePromotionPlanEvents].map(async (table) => {
      const [row] = await t.db.select({ n: sql<unknown>`count(*)` }).from(table);
      return toCount(row?.n);
    }),
  );
}

const plan = (unitId: string, year: number, name = 'Hội chợ OCOP tỉnh') => ({
  unitId,
  year,
  events: [
    {
      name,
      kind: 'fair',
      level: 'province',
      month: 9,
      startsOn: `${year}-09-10`,
      endsOn: `${year}-09-14`,
      place: 'Nhà văn hóa tỉnh',
    },
    { name: 'Tuần hàng OCOP tại Hà Nội', kind: 'ocop_week', level: 'national', month: 3 },
  ],
});

describe('saveTradePromotionPlan', () => {
  const matrix: [ActorName, 'provinceA' | 'provinceB' | 'communeX', number][] = [
    ['province', 'provinceA', 200],
    ['otherProvince', 'provinceA', 403],
    ['central', 'provinceA', 403],
    ['leader', 'provinceA', 403],
    ['commune', 'provinceA', 403],
    ['commune', 'communeX', 400],
    ['producer', 'provinceA', 403],
  ];
  it.each(matrix)('%s for %s → %i', async (actor, target, status) => {
    const before = await snapshot();
    const response = await inject(
      actor,
      'PUT',
      '/api/v1/trade-promotion-plans',
      plan(units[target].id, 2030),
    );
    expect(response.statusCode).toBe(status);
    if (status === 200) {
      expect(response.json()).toMatchObject({
        status: 'draft',
        year: 2030,
        events: [{ month: 3 }, { month: 9 }],
      });
    } else expect(await snapshot()).toEqual(before);
  });

  it('refuses a start date outside the planned month, naming the field', async () => {
    const before = await snapshot();
    const bad = plan(units.provinceA.id, 2031);
    bad.events[0]!.month = 8;
    const response = await inject('province', 'PUT', '/api/v1/trade-promotion-plans', bad);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('events.0.startsOn');
    expect(await snapshot()).toEqual(before);
  });
});

describe('submitTradePromotionPlan and listTradePromotionCalendar', () => {
  it('sends the plan once, freezes it, and shows the sent plans of every province to the central office by month', async () => {
    const a = (
      await inject(
        'province',
        'PUT',
        '/api/v1/trade-promotion-plans',
        plan(units.provinceA.id, 2026, 'Hội chợ tỉnh A'),
      )
    ).json<{ id: string }>();
    const b = (
      await inject(
        'otherProvince',
        'PUT',
        '/api/v1/trade-promotion-plans',
        plan(units.provinceB.id, 2026, 'Hội chợ tỉnh B'),
      )
    ).json<{ id: string }>();

    const before = await snapshot();
    const refused: [ActorName, number][] = [
      ['otherProvince', 404],
      ['commune', 404],
      ['central', 403],
      ['leader', 403],
      ['producer', 403],
    ];
    for (const [actor, status] of refused) {
      expect(
        (await inject(actor, 'POST', `/api/v1/trade-promotion-plans/${a.id}/submit`)).statusCode,
        actor,
      ).toBe(status);
    }
    expect(await snapshot()).toEqual(before);

    const draftCalendar = (
      await inject('central', 'GET', '/api/v1/trade-promotion-calendar?year=2026')
    ).json<{ provinces: unknown[] }>();
    expect(draftCalendar.provinces).toEqual([]);

    const sent = await inject('province', 'POST', `/api/v1/trade-promotion-plans/${a.id}/submit`);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'submitted', submittedAt: '2026-02-01T03:00:00.000Z' });
    expect(
      (await inject('otherProvince', 'POST', `/api/v1/trade-promotion-plans/${b.id}/submit`)).statusCode,
    ).toBe(200);

    const frozen = await snapshot();
    expect(
      (await inject('province', 'POST', `/api/v1/trade-promotion-plans/${a.id}/submit`)).statusCode,
    ).toBe(409);
    expect(
      (
        await inject(
          'province',
          'PUT',
          '/api/v1/trade-promotion-plans',
          plan(units.provinceA.id, 2026, 'Đổi'),
        )
      ).statusCode,
    ).toBe(409);
    expect(await snapshot()).toEqual(frozen);

    type Calendar = {
      provinces: { id: string }[];
      months: { month: number; events: { name: string; province: { id: string } }[] }[];
    };
    const central = (
      await inject('central', 'GET', '/api/v1/trade-promotion-calendar?year=2026')
    ).json<Calendar>();
    expect(central.provinces.map((p) => p.id).sort()).toEqual(
      [units.provinceA.id, units.provinceB.id].sort(),
    );
    expect(central.months).toHaveLength(12);
    const september = central.months.find((m) => m.month === 9)!;
    expect(september.events.map((e) => e.name).sort()).toEqual(['Hội chợ tỉnh A', 'Hội chợ tỉnh B']);
    expect(central.months.find((m) => m.month === 3)!.events).toHaveLength(2);

    const own = (
      await inject('province', 'GET', '/api/v1/trade-promotion-calendar?year=2026')
    ).json<Calendar>();
    expect(own.provinces.map((p) => p.id)).toEqual([units.provinceA.id]);
    expect((await inject('otherProvince', 'GET', `/api/v1/trade-promotion-plans/${a.id}`)).statusCode).toBe(
      404,
    );
    expect((await inject('producer', 'GET', '/api/v1/trade-promotion-calendar?year=2026')).statusCode).toBe(
      403,
    );
  });
});

describe('findTradePromotionPlan', () => {
  it('loads the plan of a province for a year into the editor; none yet is null; another province gets 404', async () => {
    const saved = (
      await inject(
        'province',
        'PUT',
        '/api/v1/trade-promotion-plans',
        plan(units.provinceA.id, 2032, 'Hội chợ 2032'),
      )
    ).json<{ id: string }>();
    const found = await inject(
      'province',
      'GET',
      `/api/v1/trade-promotion-plans?unitId=${units.provinceA.id}&year=2032`,
    );
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toMatchObject({
      plan: {
        id: saved.id,
        year: 2032,
        status: 'draft',
        events: [{ month: 3 }, { name: 'Hội chợ 2032', month: 9 }],
      },
    });
    const none = await inject(
      'province',
      'GET',
      `/api/v1/trade-promotion-plans?unitId=${units.provinceA.id}&year=2033`,
    );
    expect(none.json()).toEqual({ plan: null });
    const statuses: [ActorName, number][] = [
      ['central', 200],
      ['leader', 200],
      ['otherProvince', 404],
      ['producer', 403],
    ];
    for (const [actor, status] of statuses)
      expect(
        (await inject(actor, 'GET', `/api/v1/trade-promotion-plans?unitId=${units.provinceA.id}&year=2032`))
          .statusCode,
        actor,
      ).toBe(status);
  });
});
