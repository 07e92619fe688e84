import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/domain/access/roles';
import type { UnitRow } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';
import { seedUnitHistory } from './units.fixture';

/**
 * Authorization matrix for every units endpoint: each role, granted in Hà Nội, reading a unit
 * inside Hà Nội (Hoàn Kiếm) or outside it (Yên Hòa of Tuyên Quang). Every role may read units
 * (`unit.read`) — inside only; anonymous callers get 401; the public look-up is open.
 */
let t: TestApp;
let u: Awaited<ReturnType<typeof seedUnitHistory>>;
const sessions = new Map<Role, Session>();

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-01T08:00:00Z') });
  u = await seedUnitHistory(t);
  for (const role of ROLES) sessions.set(role, await signInAs(t, role, u.haNoi));
});
afterAll(async () => t.close());

const targeted: { operation: string; url: (unit: UnitRow) => string }[] = [
  { operation: 'getUnit', url: (unit) => `/api/v1/units/${unit.id}` },
  { operation: 'listUnitChildren', url: (unit) => `/api/v1/units/${unit.id}/children` },
  { operation: 'resolveUnitSuccessors', url: (unit) => `/api/v1/units/${unit.id}/successors` },
  { operation: 'getUnitHistory', url: (unit) => `/api/v1/units/${unit.id}/history` },
];

const listing: { operation: string; url: string }[] = [
  { operation: 'searchUnits', url: '/api/v1/units/search?q=hoa&limit=100' },
  { operation: 'listUnits', url: '/api/v1/units?level=commune&limit=500' },
];

async function status(session: Session | undefined, url: string): Promise<number> {
  return (await t.app.inject({ method: 'GET', url, headers: session?.headers ?? {} })).statusCode;
}

describe.each(ROLES)('%s granted in Hà Nội', (role) => {
  it.each(targeted)('$operation: inside → 200, outside → 403', async ({ url }) => {
    const session = sessions.get(role);
    expect(await status(session, url(u.hoanKiem))).toBe(200);
    expect(await status(session, url(u.yenHoa))).toBe(403);
  });

  it.each(listing)('$operation: 200 with nothing from outside', async ({ url }) => {
    const response = await t.app.inject({ method: 'GET', url, headers: sessions.get(role)!.headers });
    expect(response.statusCode).toBe(200);
    const ids = response.json<{ items: { id: string; code: string }[] }>().items.map((item) => item.id);
    expect(ids).not.toContain(u.yenHoa.id);
    expect(ids).not.toContain(u.tuyenQuang.id);
  });
});

describe('anonymous', () => {
  it.each([...targeted, ...listing.map((c) => ({ operation: c.operation, url: () => c.url }))])(
    '$operation → 401',
    async ({ url }) => {
      const response = await t.app.inject({ method: 'GET', url: url(u.hoanKiem) });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    },
  );

  it('searchPublicUnits → 200', async () => {
    expect(await status(undefined, '/api/v1/public/units?q=hoa')).toBe(200);
  });
});

describe('a national grant', () => {
  it('reads every unit, current and historical', async () => {
    const session = await signInAs(t, 'standing_office', u.nation);
    for (const unit of [u.hoanKiem, u.yenHoa, u.oldHaGiang, u.oldBaDinhDistrict]) {
      expect(await status(session, `/api/v1/units/${unit.id}`)).toBe(200);
    }
  });
});
