import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanProgressOutput } from '../../src/contracts/programme.contracts';
import { buildJurisdictions } from '../helpers/factories';
import { buildProducer, type ProducerRow } from '../helpers/dossier-factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * "Fairs attended" of a plan is counted from the trade events: those the unit (or a unit within it)
 * recorded, and those elsewhere with one of its producers taking part — once begun; livestream
 * sessions are not fairs. Each case is one event recorded through the promotion API.
 */
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let producerA: ProducerRow;
let producerB: ProducerRow;
let provinceA: Session;
let central: Session;
let planId: string;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  producerA = await buildProducer(t.db, { commune: units.communeX });
  producerB = await buildProducer(t.db, { commune: units.communeZ });
  provinceA = await signInAs(t, 'standing_office', units.provinceA);
  central = await signInAs(t, 'standing_office', units.nation);
  const made = await t.app.inject({
    method: 'POST',
    url: '/api/v1/plans',
    headers: provinceA.headers,
    payload: {
      unitId: units.provinceA.id,
      year: 2026,
      content: {
        title: 'Kế hoạch OCOP tỉnh 2026',
        targets: [{ indicatorCode: 'fairs_attended', target: 3 }],
      },
    },
  });
  expect(made.statusCode, made.body).toBe(201);
  planId = made.json<{ id: string }>().id;
});
afterAll(async () => t.close());

async function recordEvent(
  session: Session,
  unitId: string,
  event: { kind: string; name: string; startsOn: string; producerIds: string[] },
): Promise<void> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/trade-events',
    headers: session.headers,
    payload: {
      unitId,
      kind: event.kind,
      level: 'national',
      name: event.name,
      startsOn: event.startsOn,
      endsOn: event.startsOn,
      participants: event.producerIds.map((producerId) => ({ producerId })),
    },
  });
  expect(response.statusCode, response.body).toBe(201);
}

async function fairsAttended(): Promise<number | null> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/plans/${planId}/progress`,
    headers: provinceA.headers,
  });
  const row = response
    .json<PlanProgressOutput>()
    .indicators.find((i) => i.indicatorCode === 'fairs_attended');
  expect(row?.source).toBe('computed');
  return row?.actual ?? null;
}

describe('fairs attended', () => {
  it('counts the province’s own fairs and fairs elsewhere its producers went to, once begun, and no livestreams', async () => {
    expect(await fairsAttended()).toBe(0);
    await recordEvent(provinceA, units.provinceA.id, {
      kind: 'fair',
      name: 'Hội chợ OCOP của tỉnh A',
      startsOn: '2026-04-10',
      producerIds: [],
    });
    expect(await fairsAttended()).toBe(1);
    // Recorded by the central office, held outside the province: counts through the participating producer.
    await recordEvent(central, units.nation.id, {
      kind: 'ministry_showcase',
      name: 'Trưng bày sản phẩm OCOP tại Bộ',
      startsOn: '2026-05-20',
      producerIds: [producerA.id],
    });
    expect(await fairsAttended()).toBe(2);
    // Not counted: another province's producer only, a livestream session, a fair not begun, last year's.
    await recordEvent(central, units.nation.id, {
      kind: 'fair',
      name: 'Hội chợ chỉ có chủ thể xã khác tỉnh',
      startsOn: '2026-05-21',
      producerIds: [producerB.id],
    });
    await recordEvent(central, units.nation.id, {
      kind: 'livestream',
      name: 'Phiên livestream bán hàng',
      startsOn: '2026-05-22',
      producerIds: [producerA.id],
    });
    await recordEvent(central, units.nation.id, {
      kind: 'fair',
      name: 'Hội chợ tháng 9',
      startsOn: '2026-09-01',
      producerIds: [producerA.id],
    });
    await recordEvent(central, units.nation.id, {
      kind: 'fair',
      name: 'Hội chợ năm trước',
      startsOn: '2025-11-01',
      producerIds: [producerA.id],
    });
    expect(await fairsAttended()).toBe(2);
  });
});
