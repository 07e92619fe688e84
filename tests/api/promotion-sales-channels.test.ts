import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { toCount } from '../../src/db/database';
import { auditLog, productSalesChannels } from '../../src/db/schema';
import { buildJurisdictions } from '../helpers/factories';
import { buildProducer, signInAsProducer } from '../helpers/dossier-factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Online sales channels of a product: the producer (or its commune, its province) replaces the
 * list; each link is checked against its platform; another producer or province cannot touch it;
 * the public product page shows them under "buy online".
 */
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let certified: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let owner: Session;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  certified = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { name: 'Trà sen Tây Hồ' },
  );
  owner = await signInAsProducer(t.app, t.db, certified.producer, units.communeX);
}, 120_000);
afterAll(async () => t.close());

const url = () => `/api/v1/products/${certified.product.id}/sales-channels`;
const put = (session: Session, payload: object) =>
  t.app.inject({ method: 'PUT', url: url(), payload, headers: session.headers });

async function counts(): Promise<[number, number]> {
  const [audit] = await t.db.select({ n: sql<unknown>`count(*)` }).from(auditLog);
  const [channels] = await t.db.select({ n: sql<unknown>`count(*)` }).from(productSalesChannels);
  return [toCount(audit?.n), toCount(channels?.n)];
}

describe('online sales channels', () => {
  it('lets the producer set checked links, shown on the public product page', async () => {
    const response = await put(owner, {
      channels: [
        { platform: 'shopee', url: 'https://shopee.vn/tra-sen-tay-ho', label: 'Gian hàng chính hãng' },
        { platform: 'producer_shop', url: 'https://trasen.example.vn/mua' },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ items: { platformName: string }[] }>().items.map((i) => i.platformName)).toEqual([
      'Shopee',
      'Cửa hàng trực tuyến của chủ thể',
    ]);
    const page = await t.app.inject({ method: 'GET', url: `/p/${certified.product.id}` });
    expect(page.body).toContain('Mua trực tuyến');
    expect(page.body).toContain('href="https://shopee.vn/tra-sen-tay-ho" rel="nofollow noopener"');
  });

  it('refuses a link outside its platform or without HTTPS, naming it, and changes nothing', async () => {
    const before = await counts();
    const lookAlike = await put(owner, {
      channels: [
        { platform: 'shopee', url: 'https://shopee.vn/ok' },
        { platform: 'shopee', url: 'https://shopee.vn.example.com/x' },
      ],
    });
    expect(lookAlike.statusCode).toBe(400);
    expect(lookAlike.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'channels.1.url',
    ]);
    const plain = await put(owner, {
      channels: [{ platform: 'producer_shop', url: 'http://trasen.example.vn' }],
    });
    expect(plain.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('is refused to another producer and another province, allowed to the commune', async () => {
    const stranger = await signInAsProducer(
      t.app,
      t.db,
      await buildProducer(t.db, { commune: units.communeX }),
      units.communeX,
    );
    const otherProvince = await signInAs(t, 'standing_office', units.provinceB);
    const leader = await signInAs(t, 'leader', units.provinceA);
    const commune = await signInAs(t, 'commune_officer', units.communeX);
    const before = await counts();
    const empty = { channels: [] };
    expect((await put(stranger, empty)).statusCode).toBe(404);
    expect((await put(otherProvince, empty)).statusCode).toBe(404);
    expect((await put(leader, empty)).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
    expect((await put(commune, empty)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: url(), headers: owner.headers })).json()).toEqual({
      items: [],
    });
  });
});
