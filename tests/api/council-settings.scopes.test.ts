import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { toCount } from '../../src/db/database';
import { auditLog, councilSettingsOverrides } from '../../src/db/schema';
import type { Role } from '../../src/domain/access/roles';
import { buildJurisdictions, type UnitRow } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * A province's council settings: its standing office and administrators over it change them; the
 * central standing office, the leader and the councils read them; another province does not see
 * them (404); commune officers and producers are refused (403). Every refusal writes nothing.
 */
type ActorName =
  | 'province'
  | 'adminNation'
  | 'adminProvince'
  | 'adminOther'
  | 'otherProvince'
  | 'central'
  | 'leader'
  | 'member'
  | 'commune'
  | 'producer';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
const sessions = new Map<ActorName, Session>();
const GRANTS: Record<ActorName, [Role, () => UnitRow]> = {
  province: ['standing_office', () => units.provinceA],
  adminNation: ['admin', () => units.nation],
  adminProvince: ['admin', () => units.provinceA],
  adminOther: ['admin', () => units.provinceB],
  otherProvince: ['standing_office', () => units.provinceB],
  central: ['standing_office', () => units.nation],
  leader: ['leader', () => units.provinceA],
  member: ['council_member', () => units.provinceA],
  commune: ['commune_officer', () => units.communeX],
  producer: ['producer', () => units.communeX],
};

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-03-02T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  for (const [actor, [role, unit]] of Object.entries(GRANTS) as [ActorName, (typeof GRANTS)[ActorName]][])
    sessions.set(actor, await signInAs(t, role, unit()));
});
afterAll(async () => t.close());

const url = () => `/api/v1/provinces/${units.provinceA.id}/council-settings`;
const inject = (actor: ActorName, method: 'GET' | 'PUT', payload?: object) =>
  t.app.inject({
    method,
    url: url(),
    ...(payload ? { payload } : {}),
    headers: sessions.get(actor)!.headers,
  });

async function snapshot(): Promise<number[]> {
  return Promise.all(
    [auditLog, councilSettingsOverrides].map(async (table) => {
      const [row] = await t.db.select({ n: sql<unknown>`count(*)` }).from(table);
      return toCount(row?.n);
    }),
  );
}

const body = {
  effectiveFrom: '2026-03-02',
  settings: {
    quorum: { minPresentPercent: 75, rounding: 'up', requireChair: true, abstentionsCountAsPresent: false },
    forwardingReading: null,
    districtReading: 'former-district',
  },
};

describe('updateCouncilSettings', () => {
  const matrix: [ActorName, number][] = [
    ['province', 200],
    ['adminNation', 200],
    ['adminProvince', 200],
    ['adminOther', 404],
    ['otherProvince', 404],
    ['central', 403],
    ['leader', 403],
    ['member', 403],
    ['commune', 403],
    ['producer', 403],
  ];
  it.each(matrix)('%s → %i', async (actor, status) => {
    const before = await snapshot();
    const response = await inject(actor, 'PUT', body);
    expect(response.statusCode, response.body).toBe(status);
    if (status === 200)
      expect(response.json()).toMatchObject({ canManage: true, inForce: { quorum: { rounding: 'up' } } });
    else expect(await snapshot()).toEqual(before);
  });
});

describe('getCouncilSettings', () => {
  const matrix: [ActorName, number, boolean | null][] = [
    ['province', 200, true],
    ['adminNation', 200, true],
    ['central', 200, false],
    ['leader', 200, false],
    ['member', 200, false],
    ['otherProvince', 404, null],
    ['adminOther', 404, null],
    ['commune', 403, null],
    ['producer', 403, null],
  ];
  it.each(matrix)('%s → %i', async (actor, status, canManage) => {
    const response = await inject(actor, 'GET');
    expect(response.statusCode, response.body).toBe(status);
    if (canManage !== null) expect(response.json<{ canManage: boolean }>().canManage).toBe(canManage);
  });
});
