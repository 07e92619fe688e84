import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUnitSuccessions, certificates, producers } from '../../src/db/schema';
import { refreshStatistics } from '../../src/server/modules/statistics/refresh-statistics';
import { buildUnit, type UnitRow } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * The aggregation against hand-computed fixtures. Today is 02/03/2026. Five certificates:
 *  #1 commune A1 (province P1) 4★ issued 15/01/2026 — valid
 *  #2 commune A1 3★ issued 01/06/2023, valid until 31/05/2026 — valid, expiring within 90 days
 *  #3 commune A2 (P1) 5★ revoked 01/02/2026 — revoked
 *  #4 commune B1 (P2) 3★ issued 10/01/2022, valid until 09/01/2025 — expired; household producer
 *  #5 old commune OC of district OD of old province OP (before the 2025 reform, merged into A1 and
 *     P1), 4★ issued by the district 10/03/2023, valid until 09/03/2026 — valid, expiring
 * On the pre-reform map, A1 (formed from OC) lies in OP and OD; A2 and B1 have no predecessor and
 * read under their own province.
 */
const TODAY = new Date('2026-03-02T08:00:00Z');
let t: TestApp;
let nationOffice: Session;
const u: Record<string, UnitRow> = {};
const certificateIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ now: TODAY });
  const db = t.db;
  u.nation = await buildUnit(db, { level: 'nation', code: 'VNX', name: 'Việt Nam' });
  u.p1 = await buildUnit(db, { level: 'province', parent: u.nation, code: 'S1', name: 'Tỉnh Một' });
  u.p2 = await buildUnit(db, { level: 'province', parent: u.nation, code: 'S2', name: 'Tỉnh Hai' });
  u.a1 = await buildUnit(db, { level: 'commune', parent: u.p1, name: 'Xã A Một' });
  u.a2 = await buildUnit(db, { level: 'commune', parent: u.p1, name: 'Xã A Hai' });
  u.b1 = await buildUnit(db, { level: 'commune', parent: u.p2, name: 'Xã B Một' });
  const old = { validFrom: '2008-08-01', validTo: '2025-06-30' };
  u.op = await buildUnit(db, { level: 'province', parent: u.nation, name: 'Tỉnh Cũ', ...old });
  u.od = await buildUnit(db, { level: 'district', parent: u.op, name: 'Huyện Cũ', ...old });
  u.oc = await buildUnit(db, { level: 'commune', parent: u.od, name: 'Xã Cũ', ...old });
  await db.insert(adminUnitSuccessions).values([
    { predecessorId: u.oc.id, successorId: u.a1.id, effectiveDate: '2025-07-01' },
    { predecessorId: u.op.id, successorId: u.p1.id, effectiveDate: '2025-07-01' },
  ]);
  const fixtures = [
    { province: u.p1, commune: u.a1, stars: 4, signedOn: '2026-01-15' },
    { province: u.p1, commune: u.a1, stars: 3, signedOn: '2023-06-01' },
    { province: u.p1, commune: u.a2, stars: 5, signedOn: '2025-09-01', revokedOn: '2026-02-01' },
    { province: u.p2, commune: u.b1, stars: 3, signedOn: '2022-01-10', household: true },
    { province: u.od, commune: u.oc, stars: 4, signedOn: '2023-03-10' },
  ];
  for (const f of fixtures) {
    const { certificate, producer } = await buildCertifiedProduct(db, f, {
      stars: f.stars,
      signedOn: f.signedOn,
    });
    if (f.revokedOn)
      await db
        .update(certificates)
        .set({ revokedOn: f.revokedOn })
        .where(eq(certificates.id, certificate.id));
    if (f.household)
      await db.update(producers).set({ type: 'household' }).where(eq(producers.id, producer.id));
    certificateIds.push(certificate.id);
  }
  nationOffice = await signInAs(t, 'standing_office', u.nation);
  await refreshStatistics({ db, now: TODAY });
}, 120_000);
afterAll(async () => t.close());

interface Row {
  keys: Record<string, string | number | null>;
  values: Record<string, number>;
}

async function figures(query: Record<string, string>, session = nationOffice): Promise<Row[]> {
  const response = await t.app.inject({
    url: `/api/v1/statistics?${new URLSearchParams(query).toString()}`,
    headers: session.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ rows: Row[] }>().rows;
}

/** `{ key → certificates }` for a one-dimension answer, unit keys replaced by the fixture's name. */
function byKey(rows: Row[], dimension: string, measure = 'certificates'): Record<string, number> {
  const nameOf = new Map(Object.entries(u).map(([name, unit]) => [unit.id, name]));
  return Object.fromEntries(
    rows.map((row) => {
      const key = row.keys[dimension];
      return [typeof key === 'string' ? (nameOf.get(key) ?? key) : String(key), row.values[measure]!];
    }),
  );
}

describe('certificates aggregated by hand-computed fixtures', () => {
  const cases: {
    name: string;
    query: Record<string, string>;
    dimension: string;
    measure?: string;
    expected: Record<string, number>;
  }[] = [
    {
      name: 'by province: the pre-2025 district certificate counts under its successor P1',
      query: { by: 'province' },
      dimension: 'province',
      expected: { p1: 4, p2: 1 },
    },
    {
      name: 'by former province: A1 (formed from OC) and OC itself read under OP; A2 has no predecessor',
      query: { by: 'formerProvince' },
      dimension: 'formerProvince',
      expected: { op: 3, p1: 1, p2: 1 },
    },
    {
      name: 'by former district',
      query: { by: 'formerDistrict' },
      dimension: 'formerDistrict',
      expected: { od: 3, null: 2 },
    },
    {
      name: 'by status',
      query: { by: 'status' },
      dimension: 'status',
      expected: { valid: 3, revoked: 1, expired: 1 },
    },
    {
      name: 'expiring within 90 days',
      query: { by: 'stars', status: 'expiring' },
      dimension: 'stars',
      expected: { 3: 1, 4: 1 },
    },
    {
      name: 'valid by stars in P1',
      query: { by: 'stars', status: 'valid', unitId: 'p1' },
      dimension: 'stars',
      expected: { 3: 1, 4: 2 },
    },
    {
      name: 'commune A1 holds the merged commune’s certificate',
      query: { by: 'stars', unitId: 'a1' },
      dimension: 'stars',
      expected: { 3: 1, 4: 2 },
    },
    {
      name: 'by year of issue',
      query: { by: 'year' },
      dimension: 'year',
      expected: { 2022: 1, 2023: 2, 2025: 1, 2026: 1 },
    },
    {
      name: 'by producer type',
      query: { by: 'producerType' },
      dimension: 'producerType',
      expected: { cooperative: 4, household: 1 },
    },
    {
      name: 'products by their latest certificate',
      query: { by: 'status' },
      dimension: 'status',
      measure: 'products',
      expected: { valid: 3, revoked: 1, expired: 1 },
    },
  ];
  it.each(cases)('$name', async ({ query, dimension, measure, expected }) => {
    const resolved = { ...query, ...(query.unitId ? { unitId: u[query.unitId]!.id } : {}) };
    expect(byKey(await figures(resolved), dimension, measure)).toEqual(
      Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, v])),
    );
  });

  it('follows a revocation and an expiry after the next refresh', async () => {
    await t.db
      .update(certificates)
      .set({ revokedOn: '2026-03-02' })
      .where(eq(certificates.id, certificateIds[0]!));
    await refreshStatistics({ db: t.db, now: TODAY });
    expect(byKey(await figures({ by: 'status' }), 'status')).toEqual({ valid: 2, revoked: 2, expired: 1 });
    // 01/06/2026: #2 (until 31/05/2026) and #5 (until 09/03/2026) have expired.
    const later = new Date('2026-06-01T08:00:00Z');
    t.setNow(later);
    await refreshStatistics({ db: t.db, now: later });
    const laterSession = await signInAs(t, 'standing_office', u.nation!);
    expect(byKey(await figures({ by: 'status' }, laterSession), 'status')).toEqual({
      revoked: 2,
      expired: 3,
    });
    t.setNow(TODAY);
    nationOffice = await signInAs(t, 'standing_office', u.nation!);
    await refreshStatistics({ db: t.db, now: TODAY });
  });

  it('a province refresh leaves the other provinces as they were', async () => {
    await t.db.update(certificates).set({ stars: 4 }).where(eq(certificates.id, certificateIds[3]!));
    await refreshStatistics({ db: t.db, now: TODAY, provinceId: u.p1!.id });
    expect(byKey(await figures({ by: 'stars', unitId: u.p2!.id }), 'stars')).toEqual({ 3: 1 });
    await refreshStatistics({ db: t.db, now: TODAY, provinceId: u.p2!.id });
    expect(byKey(await figures({ by: 'stars', unitId: u.p2!.id }), 'stars')).toEqual({ 4: 1 });
  });

  it('shows when the figures were computed', async () => {
    const response = await t.app.inject({ url: '/api/v1/statistics', headers: nationOffice.headers });
    expect(response.json()).toMatchObject({
      freshness: { refreshedAt: TODAY.toISOString(), asOf: '2026-03-02', isStale: false },
      totals: { certificates: 5 },
    });
  });

  it('colours every province of the map, zero where nothing was counted', async () => {
    const response = await t.app.inject({ url: '/api/v1/statistics/map', headers: nationOffice.headers });
    const areas = response.json<{ areas: { unitId: string; value: number }[] }>().areas;
    expect(Object.fromEntries(areas.map((a) => [a.unitId, a.value]))).toEqual({
      [u.p1!.id]: 4,
      [u.p2!.id]: 1,
    });
  });

  it('refuses a dimension the dataset does not have', async () => {
    const response = await t.app.inject({
      url: '/api/v1/statistics?dataset=stamps&by=stars',
      headers: nationOffice.headers,
    });
    expect(response.statusCode).toBe(400);
  });
});
