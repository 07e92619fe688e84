import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNationUnit } from '../../src/db/repositories/admin-units.repository';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo/seed-demo';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

/**
 * The units tree of the demo on a date before the 2025 reform: what the demo knows of that time
 * (the former Hà Nội and its Gia Lâm district) shows under the nation, so browsing reaches what
 * searching finds.
 */
let t: TestApp;
let admin: Session;
let nationId: string;
const NOW = new Date('2026-05-04T02:00:00Z');
const BEFORE_REFORM = '2025-03-01';

interface Item {
  id: string;
  code: string;
  fullName: string;
  level: string;
  validFrom: string;
  validTo: string | null;
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
  admin = await login(t.app, 'admin', DEMO_PASSWORD);
  nationId = (await findNationUnit(t.db))!.id;
});
afterAll(async () => t.close());

async function childrenOf(unitId: string, asOf?: string): Promise<Item[]> {
  const query = asOf ? `?asOf=${asOf}&limit=100` : '?limit=100';
  const response = await t.app.inject({
    url: `/api/v1/units/${unitId}/children${query}`,
    headers: admin.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Item[] }>().items;
}

const isInForceOn = (item: Item, date: string) =>
  item.validFrom <= date && (item.validTo === null || item.validTo >= date);

describe('the demo units tree before the 2025 reform', () => {
  it('shows under the nation the province in force on 01/03/2025, and under it the district search finds', async () => {
    const search = await t.app.inject({
      url: `/api/v1/units/search?q=${encodeURIComponent('Gia Lâm')}&asOf=${BEFORE_REFORM}`,
      headers: admin.headers,
    });
    const [found] = search.json<{ items: (Item & { parentId: string })[] }>().items;
    expect(found).toMatchObject({ fullName: 'Huyện Gia Lâm', level: 'district' });

    const provinces = await childrenOf(nationId, BEFORE_REFORM);
    expect(provinces.map((p) => [p.code, p.fullName, p.level, p.validTo])).toEqual([
      ['01', 'Thành phố Hà Nội', 'province', '2025-06-30'],
    ]);
    expect(provinces.every((p) => isInForceOn(p, BEFORE_REFORM))).toBe(true);
    const districts = await childrenOf(provinces[0]!.id, BEFORE_REFORM);
    expect(districts.map((d) => d.fullName)).toEqual(['Huyện Gia Lâm']);
    expect(districts[0]!.id).toBe(found!.id);
  });

  it('still shows the 34 provinces of today, and none of them before they existed', async () => {
    const today = await childrenOf(nationId);
    expect(today).toHaveLength(34);
    expect(today.every((p) => p.level === 'province' && p.validTo === null)).toBe(true);
    expect((await childrenOf(nationId, '2025-06-30')).map((p) => p.code)).toEqual(['01']);
  });

  it('leaves the former district where the province office finds its decision', async () => {
    const office = await login(t.app, 'tinh.vpdp', DEMO_PASSWORD);
    const response = await t.app.inject({ url: '/api/v1/decisions?limit=100', headers: office.headers });
    const issuers = response.json<{ items: { issuerName: string }[] }>().items.map((d) => d.issuerName);
    expect(issuers).toContain('Ủy ban nhân dân huyện Gia Lâm');
    expect(issuers.filter((name) => name === 'Ủy ban nhân dân thành phố Hà Nội').length).toBeGreaterThan(1);
  });

  it('links the former Hà Nội to today’s, so its history leads to the province in force', async () => {
    const [former] = await childrenOf(nationId, BEFORE_REFORM);
    const response = await t.app.inject({
      url: `/api/v1/units/${former!.id}/successors`,
      headers: admin.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(JSON.stringify(response.json())).toContain('Thành phố Hà Nội');
  });
});
