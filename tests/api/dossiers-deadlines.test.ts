import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/domain/access/roles';
import { buildAccount, buildJurisdictions, TEST_PASSWORD, type UnitRow } from '../helpers/factories';
import { createTestApp, sessionCookieOf, signInAs, type Session, type TestApp } from '../helpers/test-app';
import {
  buildEvidence,
  buildProducer,
  buildProduct,
  completeAnswers,
  signInAsProducer,
} from '../helpers/dossier-factories';

/** Dossier deadlines count working days with the holiday calendar of the dossier's province. */
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let producerSession: Session;
let commune: Session;
let dossierId: string;

type Deadline = { task: string; dueOn: string | null; isOverdue: boolean } | null;

beforeAll(async () => {
  // Monday 2 March 2026; the commune has 5 working days to check a submitted dossier
  t = await createTestApp({ now: new Date('2026-03-02T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  const producer = await buildProducer(t.db, { commune: units.communeX });
  producerSession = await signInAsProducer(t.app, t.db, producer, units.communeX);
  commune = await signInAs(t, 'commune_officer', units.communeX);
  const evidence = await buildEvidence(t.db, { producer, title: 'Giấy đăng ký HTX' });
  const product = await buildProduct(t.db, { producer, productSet: 11 });
  type Body = { id: string; version: number; registration: object };
  let body = (
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      payload: { productId: product.id, type: 'first' },
      headers: producerSession.headers,
    })
  ).json<Body>();
  body = (
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/dossiers/${body.id}`,
      payload: {
        version: body.version,
        registration: { ...body.registration, sampleCount: 5 },
        answers: completeAnswers(11, [evidence.id]),
      },
      headers: producerSession.headers,
    })
  ).json<Body>();
  const submitted = await t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${body.id}/submit`,
    payload: { version: body.version, truthfulnessCommitment: true },
    headers: producerSession.headers,
  });
  expect(submitted.statusCode).toBe(200);
  dossierId = body.id;
});
afterAll(async () => t.close());

async function deadlineSeenByCommune(): Promise<{ dossier: Deadline; queue: Deadline | undefined }> {
  const dossier = await t.app.inject({
    method: 'GET',
    url: `/api/v1/dossiers/${dossierId}`,
    headers: commune.headers,
  });
  const queue = await t.app.inject({ method: 'GET', url: '/api/v1/queue', headers: commune.headers });
  return {
    dossier: dossier.json<{ deadline: Deadline }>().deadline,
    queue: queue.json<{ items: { id: string; deadline: Deadline }[] }>().items.find((i) => i.id === dossierId)
      ?.deadline,
  };
}

async function addHoliday(
  session: Session,
  unitId: string | null,
  date: string,
  kind: 'day-off' | 'working-day' = 'day-off',
) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/holidays',
    payload: {
      unitId,
      date,
      kind,
      nameVi: kind === 'day-off' ? 'Ngày nghỉ riêng của tỉnh' : 'Ngày làm việc bù',
    },
    headers: session.headers,
  });
  expect(response.statusCode, response.body).toBe(201);
}

/** Signs in from its own address, so a matrix of sign-ins does not trip the per-address throttle. */
async function signInFrom(remoteAddress: string, role: Role, unit: UnitRow): Promise<Session> {
  const account = await buildAccount(t.db, { unit, grants: [{ role, unit }] });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    payload: { username: account.username, password: TEST_PASSWORD },
  });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = sessionCookieOf(response);
  const csrfToken = response.json<{ csrfToken: string }>().csrfToken;
  return { accountId: account.id, cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

describe('dossier deadlines per province', () => {
  it('skip the days off of the dossier’s own province, not another province’s', async () => {
    const before = await deadlineSeenByCommune();
    expect(before.dossier).toMatchObject({ task: 'to_check', dueOn: '2026-03-09', isOverdue: false });
    expect(before.queue?.dueOn).toBe('2026-03-09');

    await addHoliday(await signInAs(t, 'admin', units.provinceB), units.provinceB.id, '2026-03-05');
    expect((await deadlineSeenByCommune()).dossier?.dueOn).toBe('2026-03-09');

    await addHoliday(await signInAs(t, 'admin', units.provinceA), units.provinceA.id, '2026-03-04');
    const after = await deadlineSeenByCommune();
    expect(after.dossier?.dueOn).toBe('2026-03-10');
    expect(after.queue?.dueOn).toBe('2026-03-10');
  });

  it('count the working days the province set, from the period in force when the task began', async () => {
    const provinceAdmin = await signInAs(t, 'admin', units.provinceA);
    const set = (session: Session, provinceId: string, payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/provinces/${provinceId}/dossier-deadlines`,
        payload,
        headers: session.headers,
      });

    expect(
      (await set(commune, units.provinceA.id, { effectiveFrom: '2026-03-01', settings: { to_check: 3 } }))
        .statusCode,
    ).toBe(403);
    const otherAdmin = await signInAs(t, 'admin', units.provinceB);
    expect(
      (await set(otherAdmin, units.provinceA.id, { effectiveFrom: '2026-03-01', settings: { to_check: 3 } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await set(otherAdmin, units.provinceB.id, { effectiveFrom: '2026-03-01', settings: { to_check: 1 } }))
        .statusCode,
    ).toBe(201);
    const zero = await set(provinceAdmin, units.provinceA.id, {
      effectiveFrom: '2026-03-01',
      settings: { to_check: 0 },
    });
    expect(zero.statusCode).toBe(400);
    expect(JSON.stringify(zero.json())).toContain('to_check');
    expect(
      (
        await set(provinceAdmin, units.communeX.id, {
          effectiveFrom: '2026-03-01',
          settings: { to_check: 3 },
        })
      ).json(),
    ).toMatchObject({
      errors: [{ field: 'provinceId' }],
    });

    // 3 working days from Monday 2 March, skipping the province's day off on Wednesday 4 March
    const saved = await set(provinceAdmin, units.provinceA.id, {
      effectiveFrom: '2026-03-01',
      settings: { to_check: 3 },
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ inForce: { to_check: 3, to_assess: 10 }, canManage: true });
    const again = await set(provinceAdmin, units.provinceA.id, {
      effectiveFrom: '2026-03-01',
      settings: { to_check: 4 },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ errors: [{ field: 'effectiveFrom' }] });
    // a later period does not move a task that began before it
    expect(
      (
        await set(provinceAdmin, units.provinceA.id, {
          effectiveFrom: '2026-03-03',
          settings: { to_check: 20 },
        })
      ).statusCode,
    ).toBe(201);
    t.setNow(new Date('2026-03-04T03:00:00Z'));
    commune = await signInAs(t, 'commune_officer', units.communeX); // the earlier session has expired

    const seen = await deadlineSeenByCommune();
    expect(seen.dossier?.dueOn).toBe('2026-03-06');
    expect(seen.queue?.dueOn).toBe('2026-03-06');

    const office = await signInAs(t, 'standing_office', units.provinceA);
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/provinces/${units.provinceA.id}/dossier-deadlines`,
      headers: office.headers,
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({
      defaults: { to_check: 5 },
      inForce: { to_check: 20 },
      overrides: [
        { effectiveFrom: '2026-03-01', settings: { to_check: 3 } },
        { effectiveFrom: '2026-03-03' },
      ],
      canManage: true,
    });
  });

  it('let the provincial standing office set the working days of its own province only', async () => {
    const office = await signInAs(t, 'standing_office', units.provinceA);
    const set = (provinceId: string, payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/provinces/${provinceId}/dossier-deadlines`,
        payload,
        headers: office.headers,
      });
    const read = async (provinceId: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/provinces/${provinceId}/dossier-deadlines`,
          headers: office.headers,
        })
      ).json<{
        overrides: unknown[];
        inForce: Record<string, number | null>;
      }>();
    const before = await read(units.provinceA.id);

    const badDate = await set(units.provinceA.id, {
      effectiveFrom: '2026-02-30',
      settings: { to_assess: 8 },
    });
    expect(badDate.statusCode).toBe(400);
    expect(JSON.stringify(badDate.json<{ errors: unknown[] }>().errors)).toContain('effectiveFrom');
    const tooMany = await set(units.provinceA.id, {
      effectiveFrom: '2026-03-20',
      settings: { to_assess: 91 },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(JSON.stringify(tooMany.json<{ errors: unknown[] }>().errors)).toContain('to_assess');
    expect((await read(units.provinceA.id)).overrides).toHaveLength(before.overrides.length);

    expect(
      (await set(units.provinceB.id, { effectiveFrom: '2026-03-20', settings: { to_assess: 8 } })).statusCode,
    ).toBe(403);
    const saved = await set(units.provinceA.id, { effectiveFrom: '2026-03-04', settings: { to_assess: 8 } });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ inForce: { to_assess: 8, to_check: 20 }, canManage: true });
    expect((await read(units.provinceA.id)).overrides).toHaveLength(before.overrides.length + 1);
  });

  it('show the province’s leader the working days without the right to change them', async () => {
    const leader = await signInAs(t, 'leader', units.provinceA);
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/provinces/${units.provinceA.id}/dossier-deadlines`,
      headers: leader.headers,
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({ canManage: false });
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/provinces/${units.provinceA.id}/dossier-deadlines`,
      payload: { effectiveFrom: '2026-04-01', settings: { to_check: 2 } },
      headers: leader.headers,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('count a working day in lieu: a national swapped Saturday, overruled by the province’s own calendar', async () => {
    // The check began Monday 2 March with 3 working days; Wednesday 4 March is the province's day off.
    expect((await deadlineSeenByCommune()).dossier?.dueOn).toBe('2026-03-06');
    const nationAdmin = await signInAs(t, 'admin', units.nation);
    const provinceAdmin = await signInAs(t, 'admin', units.provinceA);
    await addHoliday(nationAdmin, null, '2026-03-05');
    expect((await deadlineSeenByCommune()).dossier?.dueOn).toBe('2026-03-09');
    await addHoliday(nationAdmin, null, '2026-03-07', 'working-day');
    const swapped = await deadlineSeenByCommune();
    expect(swapped.dossier?.dueOn).toBe('2026-03-07');
    expect(swapped.queue?.dueOn).toBe('2026-03-07');
    // The province keeps the national day off of Thursday 5 March as a working day: due Friday again.
    await addHoliday(provinceAdmin, units.provinceA.id, '2026-03-05', 'working-day');
    expect((await deadlineSeenByCommune()).dossier?.dueOn).toBe('2026-03-06');
  });
});

describe('who reads a province’s dossier working days', () => {
  const READERS: readonly string[] = [
    'commune_officer',
    'standing_office',
    'council_member',
    'council_chair',
    'leader',
    'admin',
  ];
  const places = ['commune in A', 'commune in B', 'nation', 'province B'] as const;
  const matrix = ROLES.flatMap((role) => places.map((place) => [role, place] as const));
  it.each(matrix)('%s granted in %s: allowed only inside or above province A', async (role, place) => {
    const unit = {
      'commune in A': units.communeX,
      'commune in B': units.communeZ,
      nation: units.nation,
      'province B': units.provinceB,
    }[place];
    const session = await signInFrom(
      `10.8.${matrix.findIndex(([r, p]) => r === role && p === place)}.1`,
      role,
      unit,
    );
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/provinces/${units.provinceA.id}/dossier-deadlines`,
      headers: session.headers,
    });
    const isAllowed = READERS.includes(role) && (place === 'commune in A' || place === 'nation');
    expect(read.statusCode).toBe(isAllowed ? 200 : 403);
    if (isAllowed)
      expect(read.json()).toMatchObject({ provinceId: units.provinceA.id, inForce: { to_check: 20 } });
  });
});

describe('dossier working days just after midnight in Vietnam', () => {
  let night: TestApp;
  beforeAll(async () => {
    night = await createTestApp({ now: new Date('2026-06-09T18:30:00Z') }); // 01:30 on 10/06/2026 in Vietnam
  });
  afterAll(async () => night.close());

  it('apply a rule from today in Vietnam, while the UTC date is still yesterday', async () => {
    const nightUnits = await buildJurisdictions(night.db);
    const office = await signInAs(night, 'standing_office', nightUnits.provinceA);
    const saved = await night.app.inject({
      method: 'POST',
      url: `/api/v1/provinces/${nightUnits.provinceA.id}/dossier-deadlines`,
      payload: { effectiveFrom: '2026-06-10', settings: { to_check: 7 } },
      headers: office.headers,
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json<{ inForce: Record<string, number> }>().inForce.to_check).toBe(7);
  });
});
