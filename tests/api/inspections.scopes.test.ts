/**
 * Authorization matrix of the post-inspection endpoints: the inspector of the record's agency in
 * province A submits and closes; an inspector of another agency in A is refused (403), one of
 * province B does not see the record (404); offices and inspectors plan; the producer (member)
 * answers a remedy, another producer does not see it. A role without the permission anywhere gets
 * 403 before any look-up. Every refusal leaves the record as it was.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setInspectorAgency } from '../../src/db/repositories/inspections.repository';
import { inspectionPlans, inspections } from '../../src/db/schema';
import { checklistOn } from '../../src/domain/inspection/inspection-checklist';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

const ACTORS = [
  'owner',
  'stranger',
  'communeX',
  'officeA',
  'officeB',
  'leaderA',
  'healthA',
  'tradeA',
  'healthB',
  'admin',
] as const;
type ActorKey = (typeof ACTORS)[number];

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let certified: Awaited<ReturnType<typeof buildCertifiedProduct>>;
const actors = new Map<ActorKey, Session>();

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-10T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  const owner = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  const stranger = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  certified = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { producerAccountId: owner.id },
  );
  await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { producerAccountId: stranger.id },
  );
  actors.set('owner', await login(t.app, owner.username));
  actors.set('stranger', await login(t.app, stranger.username));
  actors.set('communeX', await signInAs(t, 'commune_officer', units.communeX));
  actors.set('officeA', await signInAs(t, 'standing_office', units.provinceA));
  actors.set('officeB', await signInAs(t, 'standing_office', units.provinceB));
  actors.set('leaderA', await signInAs(t, 'leader', units.provinceA));
  actors.set('admin', await signInAs(t, 'admin', units.provinceA));
  for (const [key, unit, agency] of [
    ['healthA', units.provinceA, 'health'],
    ['tradeA', units.provinceA, 'industry_trade'],
    ['healthB', units.provinceB, 'health'],
  ] as const) {
    const account = await buildAccount(t.db, { unit, grants: [{ role: 'inspector', unit }] });
    await setInspectorAgency(t.db, account.id, agency, new Date());
    actors.set(key, await login(t.app, account.username));
  }
}, 120_000);
afterAll(async () => t.close());

const send = (who: ActorKey, method: 'POST' | 'GET' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: actors.get(who)!.headers, ...(payload ? { payload } : {}) });

const allPass = () =>
  Object.fromEntries(checklistOn('2026-06-10').items.map((i) => [i.code, { result: 'pass', note: '' }]));

async function draftRecord(): Promise<{ id: string; version: number }> {
  const res = await send('healthA', 'POST', '/api/v1/inspections', {
    clientId: randomUUID(),
    producerId: certified.producer.id,
    productId: certified.product.id,
    inspectedOn: '2026-06-09',
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}
async function recordAt(stage: 'awaiting_remedy' | 'remedy_answered') {
  const draft = await draftRecord();
  let record = (
    await send('healthA', 'POST', `/api/v1/inspections/${draft.id}/submit`, {
      version: draft.version,
      checklist: allPass(),
      findings: [{ itemCode: 'traceability', severity: 'major', description: 'Thiếu sổ truy xuất' }],
      conclusion: 'must_remedy',
      remedyDueOn: '2026-07-01',
    })
  ).json<{ id: string; version: number }>();
  if (stage === 'remedy_answered')
    record = (
      await send('owner', 'POST', `/api/v1/inspections/${record.id}/remedy`, {
        version: record.version,
        text: 'Đã lập sổ',
      })
    ).json();
  return record;
}
const recordSnapshot = (id: string) => async () =>
  (await t.db.select().from(inspections).where(eq(inspections.id, id)))[0];

interface Case {
  operation: string;
  allowed: ActorKey;
  /** Other outcomes than 403: 404 (holds the permission elsewhere), or 'ok' (also allowed). */
  expected: Partial<Record<ActorKey, number | 'ok'>>;
  setUp: () => Promise<{
    method: 'POST' | 'PUT';
    url: string;
    payload: object;
    snapshot: () => Promise<unknown>;
  }>;
}

const cases: Case[] = [
  {
    operation: 'createInspectionPlan',
    allowed: 'officeA',
    expected: { officeB: 404, healthB: 404, healthA: 'ok', tradeA: 'ok' },
    setUp: async () => ({
      method: 'POST',
      url: '/api/v1/inspection-plans',
      payload: {
        unitId: units.provinceA.id,
        year: 2026,
        title: 'Kế hoạch',
        items: [{ producerId: certified.producer.id, agency: 'health', month: 9 }],
      },
      snapshot: async () => (await t.db.select().from(inspectionPlans)).length,
    }),
  },
  {
    operation: 'createInspection',
    allowed: 'healthA',
    // Each agency of the province inspects the producer for its own field.
    expected: { healthB: 404, tradeA: 'ok' },
    setUp: async () => ({
      method: 'POST',
      url: '/api/v1/inspections',
      payload: {
        producerId: certified.producer.id,
        productId: certified.product.id,
        inspectedOn: '2026-06-09',
      },
      snapshot: async () => (await t.db.select().from(inspections)).length,
    }),
  },
  {
    operation: 'submitInspection',
    allowed: 'healthA',
    expected: { healthB: 404 },
    setUp: async () => {
      const draft = await draftRecord();
      return {
        method: 'POST',
        url: `/api/v1/inspections/${draft.id}/submit`,
        payload: { version: draft.version, checklist: allPass(), conclusion: 'compliant' },
        snapshot: recordSnapshot(draft.id),
      };
    },
  },
  {
    operation: 'answerInspectionRemedy',
    allowed: 'owner',
    expected: { stranger: 404 },
    setUp: async () => {
      const record = await recordAt('awaiting_remedy');
      return {
        method: 'POST',
        url: `/api/v1/inspections/${record.id}/remedy`,
        payload: { version: record.version, text: 'Đã khắc phục' },
        snapshot: recordSnapshot(record.id),
      };
    },
  },
  {
    operation: 'closeInspection',
    allowed: 'healthA',
    expected: { healthB: 404 },
    setUp: async () => {
      const record = await recordAt('remedy_answered');
      return {
        method: 'POST',
        url: `/api/v1/inspections/${record.id}/close`,
        payload: { version: record.version },
        snapshot: recordSnapshot(record.id),
      };
    },
  },
];

describe.each(cases)('$operation', ({ allowed, expected, setUp }) => {
  it('only the allowed actor succeeds; the others get 403 or 404 and nothing changes', async () => {
    const { method, url, payload, snapshot } = await setUp();
    let before = await snapshot();
    for (const actor of ACTORS.filter((a) => a !== allowed)) {
      const res = await send(actor, method, url, payload);
      const want = expected[actor] ?? 403;
      if (want === 'ok') {
        expect({ actor, status: res.statusCode }).toEqual({ actor, status: 201 });
        before = await snapshot();
        continue;
      }
      expect({ actor, status: res.statusCode }).toEqual({ actor, status: want });
      expect(await snapshot()).toEqual(before);
    }
    expect((await send(allowed, method, url, payload)).statusCode).toBeLessThan(300);
  });
});

describe('reading', () => {
  it('a draft is seen by the officials of the province only; the producer sees it once submitted', async () => {
    const draft = await draftRecord();
    const readers: Record<ActorKey, number> = {
      owner: 404,
      stranger: 404,
      communeX: 403,
      officeA: 200,
      officeB: 404,
      leaderA: 200,
      healthA: 200,
      tradeA: 200,
      healthB: 404,
      admin: 403,
    };
    for (const actor of ACTORS)
      expect({
        actor,
        status: (await send(actor, 'GET', `/api/v1/inspections/${draft.id}`)).statusCode,
      }).toEqual({
        actor,
        status: readers[actor],
      });
    const submitted = await recordAt('awaiting_remedy');
    expect((await send('owner', 'GET', `/api/v1/inspections/${submitted.id}`)).statusCode).toBe(200);
    expect((await send('stranger', 'GET', `/api/v1/inspections/${submitted.id}`)).statusCode).toBe(404);
  });

  it('an administrator of the province sets an inspector’s agency; one of another province may not', async () => {
    const account = await buildAccount(t.db, {
      unit: units.provinceA,
      grants: [{ role: 'inspector', unit: units.provinceA }],
    });
    const adminB = await signInAs(t, 'admin', units.provinceB);
    const url = `/api/v1/inspectors/${account.id}/agency`;
    const refused = await t.app.inject({
      method: 'PUT',
      url,
      headers: adminB.headers,
      payload: { agency: 'health' },
    });
    expect(refused.statusCode).toBe(403);
    expect((await send('officeA', 'PUT', url, { agency: 'health' })).statusCode).toBe(403);
    const done = await send('admin', 'PUT', url, { agency: 'science_technology' });
    expect(done.json()).toMatchObject({ agency: 'science_technology' });
  });
});
