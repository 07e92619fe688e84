import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { toCount } from '../../src/db/database';
import {
  auditLog,
  consultantContracts,
  consultants,
  pointsOfSale,
  tradeEvents,
  trainingCourses,
  trainingParticipants,
} from '../../src/db/schema';
import type { Role } from '../../src/domain/access/roles';
import { buildJurisdictions, type UnitRow } from '../helpers/factories';
import { buildProducer } from '../helpers/dossier-factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Authorization matrix of training courses, consultants, trade events and points of sale. Actors:
 * the commune officer of commune X, the standing office of province A (X's province) and of
 * province B, the central standing office, a leader of A and a producer of X. Targets: commune X,
 * province A, commune Z (in B). Every refusal leaves no row and no audit entry.
 */
type ActorName = 'commune' | 'province' | 'otherProvince' | 'central' | 'leader' | 'producer';
type TargetName = 'communeX' | 'provinceA' | 'communeZ' | 'provinceB';
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
const producersIn = new Map<TargetName, string>();

const GRANTS: Record<ActorName, [Role, () => UnitRow]> = {
  commune: ['commune_officer', () => units.communeX],
  province: ['standing_office', () => units.provinceA],
  otherProvince: ['standing_office', () => units.provinceB],
  central: ['standing_office', () => units.nation],
  leader: ['leader', () => units.provinceA],
  producer: ['producer', () => units.communeX],
};

const unitOf = (target: TargetName): UnitRow =>
  ({
    communeX: units.communeX,
    provinceA: units.provinceA,
    communeZ: units.communeZ,
    provinceB: units.provinceB,
  })[target];
const producerOf = (target: TargetName) =>
  producersIn.get(target === 'provinceA' ? 'communeX' : target === 'provinceB' ? 'communeZ' : target)!;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  for (const actor of ACTORS) {
    const [role, unit] = GRANTS[actor];
    sessions.set(actor, await signInAs(t, role, unit()));
  }
  producersIn.set('communeX', (await buildProducer(t.db, { commune: units.communeX })).id);
  producersIn.set('communeZ', (await buildProducer(t.db, { commune: units.communeZ })).id);
});
afterAll(async () => {
  await t.close();
});

async function countOf(
  table:
    | typeof auditLog
    | typeof trainingCourses
    | typeof trainingParticipants
    | typeof consultants
    | typeof consultantContracts
    | typeof tradeEvents
    | typeof pointsOfSale,
): Promise<number> {
  const [row] = await t.db.select({ n: sql<unknown>`count(*)` }).from(table);
  return toCount(row?.n);
}

async function snapshot(): Promise<number[]> {
  return Promise.all(
    [
      auditLog,
      trainingCourses,
      trainingParticipants,
      consultants,
      consultantContracts,
      tradeEvents,
      pointsOfSale,
    ].map((table) => countOf(table)),
  );
}

async function asCentral(method: 'POST', url: string, payload: object): Promise<string> {
  const response = await t.app.inject({ method, url, payload, headers: sessions.get('central')!.headers });
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string }>().id;
}

const course = (unitId: string) => ({
  unitId,
  title: 'Tập huấn chu trình OCOP',
  audience: 'officials',
  startsOn: '2026-05-10',
  endsOn: '2026-05-11',
});
const event = (unitId: string) => ({
  unitId,
  kind: 'fair',
  level: 'province',
  name: 'Hội chợ OCOP',
  startsOn: '2026-05-01',
  endsOn: '2026-05-05',
});
const consultant = (unitId: string) => ({
  unitId,
  kind: 'organisation',
  name: 'Công ty Tư vấn Thử',
  fields: ['packaging_labels'],
});
const point = (communeId: string) => ({
  communeId,
  kind: 'point_of_sale',
  name: 'Điểm bán OCOP',
  address: 'Số 1 phố Chợ',
});

/** Who may write on a record (or create one) in a unit: the unit's own officials and those above. */
function unitWriteStatus(actor: ActorName, target: TargetName, success: number, isCreate: boolean): number {
  if (actor === 'leader' || actor === 'producer') return 403;
  const inProvinceA = target === 'communeX' || target === 'provinceA';
  const allowed =
    actor === 'central' ||
    (actor === 'province' && inProvinceA) ||
    (actor === 'otherProvince' && !inProvinceA) ||
    (actor === 'commune' && target === 'communeX');
  if (allowed) return success;
  return isCreate ? 403 : 404;
}

/** Consultants are the standing offices' directory: commune officers hold no consultant permission. */
function consultantWriteStatus(
  actor: ActorName,
  target: TargetName,
  success: number,
  isCreate: boolean,
): number {
  if (actor === 'commune') return 403;
  return unitWriteStatus(actor, target, success, isCreate);
}

interface Case {
  operation: string;
  targets: readonly TargetName[];
  expected: (actor: ActorName, target: TargetName) => number;
  request: (target: TargetName) => Promise<{ method: 'POST' | 'PUT'; url: string; payload: object }>;
}

const cases: Case[] = [
  {
    operation: 'createTrainingCourse',
    targets: ['communeX', 'provinceA', 'communeZ'],
    expected: (a, target) => unitWriteStatus(a, target, 201, true),
    request: async (target) => ({
      method: 'POST',
      url: '/api/v1/training-courses',
      payload: course(unitOf(target).id),
    }),
  },
  {
    operation: 'addTrainingParticipants',
    targets: ['communeX', 'provinceA', 'communeZ'],
    expected: (a, target) => unitWriteStatus(a, target, 200, false),
    request: async (target) => ({
      method: 'POST',
      url: `/api/v1/training-courses/${await asCentral('POST', '/api/v1/training-courses', course(unitOf(target).id))}/participants`,
      payload: { participants: [{ kind: 'person', fullName: 'Lò Thị Mai' }] },
    }),
  },
  {
    operation: 'recordTrainingAttendance',
    targets: ['communeX', 'communeZ'],
    expected: (a, target) => unitWriteStatus(a, target, 200, false),
    request: async (target) => ({
      method: 'PUT',
      url: `/api/v1/training-courses/${await asCentral('POST', '/api/v1/training-courses', course(unitOf(target).id))}/attendance`,
      payload: { attendedParticipantIds: [] },
    }),
  },
  {
    operation: 'createTradeEvent',
    targets: ['communeX', 'provinceA', 'communeZ'],
    expected: (a, target) => unitWriteStatus(a, target, 201, true),
    request: async (target) => ({
      method: 'POST',
      url: '/api/v1/trade-events',
      payload: { ...event(unitOf(target).id), participants: [{ producerId: producerOf(target) }] },
    }),
  },
  {
    operation: 'recordTradeEventResults',
    targets: ['communeX', 'provinceA', 'communeZ'],
    expected: (a, target) => unitWriteStatus(a, target, 200, false),
    request: async (target) => ({
      method: 'PUT',
      url: `/api/v1/trade-events/${await asCentral('POST', '/api/v1/trade-events', event(unitOf(target).id))}/results`,
      payload: { salesVnd: 125_000_000, visitors: 3000, contractsSigned: 4 },
    }),
  },
  {
    operation: 'createPointOfSale',
    targets: ['communeX', 'communeZ'],
    expected: (a, target) => unitWriteStatus(a, target, 201, true),
    request: async (target) => ({
      method: 'POST',
      url: '/api/v1/points-of-sale',
      payload: point(unitOf(target).id),
    }),
  },
  {
    operation: 'createConsultant',
    targets: ['provinceA', 'provinceB'],
    expected: (a, target) => consultantWriteStatus(a, target, 201, true),
    request: async (target) => ({
      method: 'POST',
      url: '/api/v1/consultants',
      payload: consultant(unitOf(target).id),
    }),
  },
  {
    operation: 'createConsultantContract',
    targets: ['provinceA', 'provinceB'],
    expected: (a, target) => consultantWriteStatus(a, target, 201, false),
    request: async (target) => ({
      method: 'POST',
      url: `/api/v1/consultants/${await asCentral('POST', '/api/v1/consultants', consultant(unitOf(target).id))}/contracts`,
      payload: { producerId: producerOf(target), scope: 'Hoàn thiện hồ sơ 5 sao', startsOn: '2026-03-01' },
    }),
  },
];

describe.each(cases)('$operation', ({ targets, expected, request }) => {
  it.each(ACTORS.flatMap((actor) => targets.map((target) => [actor, target] as const)))(
    '%s acting on %s',
    async (actor, target) => {
      const req = await request(target);
      const before = await snapshot();
      const response = await t.app.inject({ ...req, headers: sessions.get(actor)!.headers });
      const status = expected(actor, target);
      expect(response.statusCode, response.body).toBe(status);
      if (status >= 400) expect(await snapshot()).toEqual(before);
    },
  );
});

describe('reads', () => {
  const lists = [
    '/api/v1/training-courses',
    '/api/v1/trade-events',
    '/api/v1/points-of-sale',
    '/api/v1/consultants',
  ] as const;

  it('lists only the records of the actor’s units; the central office sees every province', async () => {
    const seen = async (actor: ActorName, url: string) => {
      const response = await t.app.inject({
        method: 'GET',
        url: `${url}?limit=200`,
        headers: sessions.get(actor)!.headers,
      });
      expect(response.statusCode).toBe(200);
      return response.json<{ items: { unit?: { id: string }; commune?: { id: string } }[]; total: number }>();
    };
    for (const url of lists) {
      const central = await seen('central', url);
      const province = await seen('province', url);
      const other = await seen('otherProvince', url);
      expect(central.total).toBeGreaterThan(0);
      expect(province.total + other.total).toBe(central.total);
      const inA = new Set([units.provinceA.id, units.communeX.id, units.communeY.id]);
      for (const item of province.items) expect(inA.has((item.unit ?? item.commune)!.id)).toBe(true);
      for (const item of other.items) expect(inA.has((item.unit ?? item.commune)!.id)).toBe(false);
    }
    const commune = await seen('commune', '/api/v1/training-courses');
    expect(commune.items.every((item) => item.unit!.id === units.communeX.id)).toBe(true);
    expect(commune.total).toBeGreaterThan(0);
  });

  it('refuses lists to producers, and answers 404 for a record of another province', async () => {
    for (const url of lists) {
      expect(
        (await t.app.inject({ method: 'GET', url, headers: sessions.get('producer')!.headers })).statusCode,
      ).toBe(403);
    }
    const id = await asCentral('POST', '/api/v1/trade-events', event(units.communeZ.id));
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/trade-events/${id}`,
          headers: sessions.get('province')!.headers,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/trade-events/${id}`,
          headers: sessions.get('otherProvince')!.headers,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/trade-events/${id}`,
          headers: sessions.get('leader')!.headers,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('asks anonymous callers to sign in', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/trade-events' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/trade-events', payload: event(units.communeX.id) }))
        .statusCode,
    ).toBe(401);
  });
});
