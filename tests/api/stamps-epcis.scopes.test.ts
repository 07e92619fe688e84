/**
 * Who may read the EPCIS 2.0 events of stamp batches (getStampBatchEpcis, queryStampEpcisEvents):
 * `stamp.read` holders within the stamps' jurisdiction — the producer's members and the standing
 * offices of its province or above. Other roles are refused before any look-up (403), another
 * province is refused the batch (403) and sees no events, unknown ids answer 404, and an API token
 * reads only with the `stamp.read` scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/access/roles';
import { buildAccount, buildJurisdictions, type UnitRow } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

type ActorName =
  | 'member'
  | 'otherProducer'
  | 'province'
  | 'otherProvince'
  | 'central'
  | 'commune'
  | 'leader'
  | 'inspector'
  | 'admin'
  | 'councilMember';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
const sessions = new Map<ActorName, Session>();
let batchId: string;
let productId: string;
let otherBatchId: string;

const OFFICIALS: Partial<Record<ActorName, [Role, () => UnitRow]>> = {
  province: ['standing_office', () => units.provinceA],
  otherProvince: ['standing_office', () => units.provinceB],
  central: ['standing_office', () => units.nation],
  commune: ['commune_officer', () => units.communeX],
  leader: ['leader', () => units.provinceA],
  inspector: ['inspector', () => units.provinceA],
  admin: ['admin', () => units.provinceA],
  councilMember: ['council_member', () => units.provinceA],
};

async function orderBatch(session: Session, product: string, lot: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/stamp-batches',
    headers: session.headers,
    payload: { productId: product, lot, productionDate: '2026-05-01', expiryDate: '2027-05-01', quantity: 2 },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z') });
  units = await buildJurisdictions(t.db);
  const member = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  const outsider = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  sessions.set('member', await login(t.app, member.username));
  sessions.set('otherProducer', await login(t.app, outsider.username));
  for (const [actor, [role, unit]] of Object.entries(OFFICIALS))
    sessions.set(actor as ActorName, await signInAs(t, role, unit()));
  const product = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { gtin: '8938505970028', producerAccountId: member.id, name: 'Chè Shan tuyết' },
  );
  productId = product.product.id;
  batchId = await orderBatch(sessions.get('member')!, productId, 'S1');
  const elsewhere = await buildCertifiedProduct(
    t.db,
    { province: units.provinceB, commune: units.communeZ },
    { gtin: '8938505970035', name: 'Cà phê Đắk' },
  );
  otherBatchId = await orderBatch(sessions.get('otherProvince')!, elsewhere.product.id, 'Z1');
}, 180_000);
afterAll(async () => t.close());

const get = (headers: Record<string, string>, url: string) => t.app.inject({ method: 'GET', url, headers });
const as = (actor: ActorName, url: string) => get(sessions.get(actor)!.headers, url);
const eventsOf = (body: string) =>
  (JSON.parse(body) as { document: { epcisBody: { eventList: { 'ocop:kind': string }[] } } }).document
    .epcisBody.eventList;

const READERS: ActorName[] = ['member', 'province', 'central'];
const WITHOUT_STAMP_READ: ActorName[] = ['commune', 'leader', 'inspector', 'admin', 'councilMember'];

describe('getStampBatchEpcis', () => {
  it.each(READERS)('%s reads the batch document', async (actor) => {
    const res = await as(actor, `/api/v1/stamp-batches/${batchId}/epcis`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ type: string }>().type).toBe('EPCISDocument');
  });

  it.each(['otherProducer', 'otherProvince'] as const)(
    '%s, holding stamp.read elsewhere, is refused the batch',
    async (actor) => {
      const res = await as(actor, `/api/v1/stamp-batches/${batchId}/epcis`);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'FORBIDDEN' });
    },
  );

  it.each(WITHOUT_STAMP_READ)('%s has no stamp.read and is refused before any look-up', async (actor) => {
    expect((await as(actor, `/api/v1/stamp-batches/${batchId}/epcis`)).statusCode).toBe(403);
    // Even an id that does not exist answers 403: the refusal tells nothing about what exists.
    expect(
      (await as(actor, '/api/v1/stamp-batches/00000000-0000-4000-8000-000000000000/epcis')).statusCode,
    ).toBe(403);
  });

  it('answers 404 for an unknown batch, 400 naming the field for a malformed id, 401 without sign-in', async () => {
    const unknown = await as('province', '/api/v1/stamp-batches/00000000-0000-4000-8000-000000000000/epcis');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const malformed = await as('province', '/api/v1/stamp-batches/not-a-uuid/epcis');
    expect(malformed.statusCode).toBe(400);
    expect(JSON.stringify(malformed.json())).toContain('id');
    expect((await get({}, `/api/v1/stamp-batches/${batchId}/epcis`)).statusCode).toBe(401);
  });

  it('the other province reads its own batch, not ours', async () => {
    expect((await as('otherProvince', `/api/v1/stamp-batches/${otherBatchId}/epcis`)).statusCode).toBe(200);
    expect((await as('province', `/api/v1/stamp-batches/${otherBatchId}/epcis`)).statusCode).toBe(403);
  });
});

describe('queryStampEpcisEvents', () => {
  it.each(READERS)('%s finds the commissioning of the batch', async (actor) => {
    const res = await as(actor, `/api/v1/epcis/events?productId=${productId}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(eventsOf(res.body).map((e) => e['ocop:kind'])).toEqual(['commissioning']);
  });

  it('shows each province only its own batches', async () => {
    const ours = await as('province', '/api/v1/epcis/events');
    const theirs = await as('otherProvince', '/api/v1/epcis/events');
    expect(ours.json<{ total: number }>().total).toBe(1);
    expect(theirs.json<{ total: number }>().total).toBe(1);
    expect(ours.body).toContain('/10/S1/');
    expect(ours.body).not.toContain('/10/Z1/');
    expect(theirs.body).toContain('/10/Z1/');
    expect(theirs.body).not.toContain('/10/S1/');
    // Nation-wide standing office: both.
    expect((await as('central', '/api/v1/epcis/events')).json<{ total: number }>().total).toBe(2);
  });

  it('a producer who is not a member sees none of the product’s events', async () => {
    const res = await as('otherProducer', '/api/v1/epcis/events');
    expect(res.statusCode).toBe(200);
    expect(res.json<{ total: number }>().total).toBe(0);
    expect((await as('otherProducer', `/api/v1/epcis/events?productId=${productId}`)).statusCode).toBe(403);
  });

  it.each(WITHOUT_STAMP_READ)('%s has no stamp.read and is refused', async (actor) => {
    expect((await as(actor, '/api/v1/epcis/events')).statusCode).toBe(403);
  });

  it('answers 404 for an unknown product, 400 for a malformed one, 401 without sign-in', async () => {
    expect(
      (await as('province', '/api/v1/epcis/events?productId=00000000-0000-4000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
    const malformed = await as('province', '/api/v1/epcis/events?productId=42');
    expect(malformed.statusCode).toBe(400);
    expect(JSON.stringify(malformed.json())).toContain('productId');
    expect((await get({}, '/api/v1/epcis/events')).statusCode).toBe(401);
  });
});

describe('API tokens', () => {
  async function tokenOf(actor: ActorName, scopes: string[]): Promise<Record<string, string>> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: sessions.get(actor)!.headers,
      payload: { name: `EPCIS ${scopes.join(',')}`, scopes },
    });
    expect(res.statusCode, res.body).toBe(201);
    return { authorization: `Bearer ${res.json<{ token: string }>().token}` };
  }

  it('with the stamp.read scope a retailer integration reads both routes within the jurisdiction', async () => {
    const bearer = await tokenOf('province', ['stamp.read']);
    expect((await get(bearer, `/api/v1/stamp-batches/${batchId}/epcis`)).statusCode).toBe(200);
    expect((await get(bearer, '/api/v1/epcis/events')).json<{ total: number }>().total).toBe(1);
    expect((await get(bearer, `/api/v1/stamp-batches/${otherBatchId}/epcis`)).statusCode).toBe(403);
  });

  it('without the stamp.read scope the same account’s token is refused', async () => {
    const bearer = await tokenOf('province', ['unit.read']);
    expect((await get(bearer, `/api/v1/stamp-batches/${batchId}/epcis`)).statusCode).toBe(403);
    expect((await get(bearer, '/api/v1/epcis/events')).statusCode).toBe(403);
  });

  it('a member producer’s token with stamp.read reads its own batch', async () => {
    const bearer = await tokenOf('member', ['stamp.read']);
    expect((await get(bearer, `/api/v1/stamp-batches/${batchId}/epcis`)).statusCode).toBe(200);
    expect((await get(bearer, '/api/v1/epcis/events')).json<{ total: number }>().total).toBe(1);
  });
});
