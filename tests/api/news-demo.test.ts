/**
 * The demo's news: two published articles (a call for registration and a producer's story about
 * a certified product) and one draft; the public list and the product page show the published
 * ones only, and a second seeding adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { toCount } from '../../src/db/database';
import { newsArticleProducts, newsArticles } from '../../src/db/schema';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo/seed-demo';
import { createTestApp, login, type TestApp } from '../helpers/test-app';

let t: TestApp;
const NOW = new Date('2026-05-04T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
}, 120_000);
afterAll(async () => t.close());

describe('seed-demo news', () => {
  it('publishes two articles and keeps one draft, idempotently, shown on /tin-tuc and the product page', async () => {
    await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
    await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
    const [count] = await t.db.select({ n: sql<unknown>`count(*)` }).from(newsArticles);
    expect(toCount(count?.n)).toBe(3);

    const office = await login(t.app, 'tinh.vpdp', DEMO_PASSWORD);
    const listed = await t.app.inject({ method: 'GET', url: '/api/v1/news', headers: office.headers });
    const statuses = listed
      .json<{ items: { status: string }[] }>()
      .items.map((i) => i.status)
      .sort();
    expect(statuses).toEqual(['draft', 'published', 'published']);

    const page = (await t.app.inject({ method: 'GET', url: '/tin-tuc' })).body;
    expect(page).toContain('Thông báo đăng ký tham gia Chương trình OCOP năm 2026');
    expect(page).toContain('câu chuyện của một hợp tác xã');
    expect(page).not.toContain('bản nháp');

    const [mention] = await t.db
      .select({ productId: newsArticleProducts.productId })
      .from(newsArticleProducts);
    expect(mention).toBeDefined();
    const productPage = (await t.app.inject({ method: 'GET', url: `/p/${mention!.productId}` })).body;
    expect(productPage).toContain('Tin liên quan');
    expect(productPage).toContain('câu chuyện của một hợp tác xã');
  });
});
