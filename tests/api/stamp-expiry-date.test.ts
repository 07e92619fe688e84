/**
 * Ordering stamps without an expiry date (hạn sử dụng): allowed for a product set whose goods carry
 * none (set 21, household and decorative handicrafts), refused on `expiryDate` for the others (set
 * 7, processed food); the order screen is told which, and the shopper's page says "Không có".
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { products, stampBatches } from '../../src/db/schema';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { scanStamp } from '../helpers/scan-stamp';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let producer: Session;
let handicraft: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let food: Awaited<ReturnType<typeof buildCertifiedProduct>>;

const order = (body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/stamp-batches', headers: producer.headers, payload: body });
const lot = (productId: string, extra: Record<string, unknown> = {}) => ({
  productId,
  lot: 'L2026-HSD',
  productionDate: '2026-05-01',
  quantity: 2,
  ...extra,
});
const batchCount = async () =>
  Number((await t.db.select({ n: sql<number>`count(*)` }).from(stampBatches))[0]!.n);

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z') });
  const units = await buildJurisdictions(t.db);
  const account = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  producer = await login(t.app, account.username);
  const scope = { province: units.provinceA, commune: units.communeX };
  handicraft = await buildCertifiedProduct(t.db, scope, {
    producerAccountId: account.id,
    name: 'Bình gốm men rạn',
  });
  await t.db.update(products).set({ productSet: 21 }).where(eq(products.id, handicraft.product.id));
  food = await buildCertifiedProduct(t.db, scope, { producerAccountId: account.id, name: 'Mứt gừng dẻo' });
  await t.db.update(products).set({ productSet: 7 }).where(eq(products.id, food.product.id));
}, 120_000);
afterAll(async () => t.close());

describe('the expiry date of a stamp order', () => {
  it('the order screen learns which products need one', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/stamp-products',
      headers: producer.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{ items: { productName: string; isExpiryDateRequired: boolean }[] }>().items;
    const required = Object.fromEntries(items.map((i) => [i.productName, i.isExpiryDateRequired]));
    expect(required).toEqual({ 'Bình gốm men rạn': false, 'Mứt gừng dẻo': true });
  });

  it('a handicraft is ordered without one, and the shopper reads "Không có"', async () => {
    const res = await order(lot(handicraft.product.id));
    expect(res.statusCode, res.body).toBe(201);
    const batch = res.json<{ id: string; expiryDate: string | null; sampleUri: string }>();
    expect(batch.expiryDate).toBeNull();
    const page = await scanStamp(t.app, { url: batch.sampleUri.replace('http://localhost:3000', '') });
    expect(page.statusCode).toBe(200);
    const field = /<(\w+)[^>]*data-field="expiryDate"[^>]*>([\s\S]*?)<\/\1>/.exec(page.body);
    expect(field?.[2]?.replace(/<[^>]+>/g, '').trim()).toBe('Không có / none');
  });

  it('a handicraft may still carry one, checked against the production date', async () => {
    const given = await order(lot(handicraft.product.id, { lot: 'L2026-HSD2', expiryDate: '2031-05-01' }));
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json<{ expiryDate: string }>().expiryDate).toBe('2031-05-01');
    const before = await order(lot(handicraft.product.id, { lot: 'L2026-HSD3', expiryDate: '2026-01-01' }));
    expect(before.statusCode).toBe(400);
    expect(before.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('expiryDate');
  });

  it('food without one is refused on the expiry date field, and nothing is created', async () => {
    const count = await batchCount();
    const res = await order(lot(food.product.id));
    expect(res.statusCode).toBe(400);
    const problem = res.json<{ errors: { field: string; message: string }[] }>();
    expect(problem.errors[0]?.field).toBe('expiryDate');
    expect(problem.errors[0]?.message).toContain('Hãy nhập hạn sử dụng');
    expect(await batchCount()).toBe(count);
    const dated = await order(lot(food.product.id, { expiryDate: '2027-05-01' }));
    expect(dated.statusCode, dated.body).toBe(201);
  });
});
