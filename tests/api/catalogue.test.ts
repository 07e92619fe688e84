/**
 * The public catalogue through the app: search ignoring case, diacritics and tone-mark placement,
 * filters as GET parameters, product pages with schema.org/Product, and the open data.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { products } from '../../src/db/schema';
import { foldVietnamese } from '../../src/domain/text/fold-vietnamese';
import { buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let mam: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let tra: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let gao: Awaited<ReturnType<typeof buildCertifiedProduct>>;

const get = (url: string) => t.app.inject({ method: 'GET', url });
const names = (html: string) => ['Mắm tôm Hòa Bình', 'Trà sen Hoà Lạc', 'Gạo tám thơm Điện Biên'].filter((n) => html.includes(n));

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z') });
  units = await buildJurisdictions(t.db);
  mam = await buildCertifiedProduct(t.db, { province: units.provinceA, commune: units.communeX }, { gtin: '8938505970011', name: 'Mắm tôm Hòa Bình', stars: 4 });
  tra = await buildCertifiedProduct(t.db, { province: units.provinceB, commune: units.communeZ }, { name: 'Trà sen Hoà Lạc', stars: 3 });
  gao = await buildCertifiedProduct(t.db, { province: units.provinceA, commune: units.communeY }, { name: 'Gạo tám thơm Điện Biên', stars: 5, signedOn: '2022-01-15' });
  await t.db.update(products).set({ productSet: 11, description: 'Trà ướp hoa sen Tây Hồ.', searchKey: foldVietnamese('Trà sen Hoà Lạc') }).where(eq(products.id, tra.product.id));
  for (const p of [mam, gao]) await t.db.update(products).set({ searchKey: foldVietnamese(p.product.name) }).where(eq(products.id, p.product.id));
}, 120_000);
afterAll(async () => t.close());

describe('catalogue page', () => {
  it('lists certified products, server-rendered and indexable, with a plain GET form', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toMatch(/<title>[^<]+<\/title>/);
    expect(res.body).toContain('<meta name="description"');
    expect(res.body).toContain('<form method="get" action="/"');
    expect(res.body).not.toContain('<script src');
    expect(names(res.body)).toHaveLength(3);
  });

  it.each(['hoa', 'HOA', 'Hòa', 'hoà', 'Hoà'])('search "%s" finds both "Hòa" and "Hoà" and nothing else', async (q) => {
    const res = await get(`/?q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(200);
    expect(names(res.body)).toEqual(['Mắm tôm Hòa Bình', 'Trà sen Hoà Lạc']);
  });

  it('filters by province, set, stars and valid only', async () => {
    expect(names((await get(`/?province=${units.provinceB.code}`)).body)).toEqual(['Trà sen Hoà Lạc']);
    expect(names((await get('/?set=11')).body)).toEqual(['Trà sen Hoà Lạc']);
    expect(names((await get('/?stars=5')).body)).toEqual(['Gạo tám thơm Điện Biên']);
    expect(names((await get('/?valid=1')).body)).toEqual(['Mắm tôm Hòa Bình', 'Trà sen Hoà Lạc']);
    expect(names((await get('/?stars=&set=&province=&page=')).body)).toHaveLength(3);
  });

  it('pages: page 2 of three products is empty and links back', async () => {
    const res = await get('/?page=2');
    expect(res.statusCode).toBe(200);
    expect(names(res.body)).toEqual([]);
    expect(res.body).toContain('rel="prev"');
  });
});

describe('product page', () => {
  it('shows product, producer without personal data, certificate status and link, and JSON-LD with hasGS1DigitalLink', async () => {
    const res = await get(`/p/${mam.product.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Mắm tôm Hòa Bình');
    expect(res.body).toContain(`/c/${encodeURIComponent(mam.certificate.number)}`);
    expect(res.body).toContain('Còn hiệu lực');
    expect(res.body).toContain('Xã Thanh Hòa');
    expect(res.body).not.toContain('Nguyễn Thị A');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(res.body)![1]!) as Record<string, unknown>;
    expect(jsonLd['@type']).toBe('Product');
    expect(jsonLd.hasGS1DigitalLink).toBe('http://localhost:3000/01/08938505970011');
  });

  it('an expired certificate says so; no GTIN means no Digital Link; unknown ids answer 404', async () => {
    const expired = await get(`/p/${gao.product.id}`);
    expect(expired.body).toContain('Hết hiệu lực');
    expect(expired.body).not.toContain('hasGS1DigitalLink');
    expect((await get('/p/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/p/not-a-uuid')).statusCode).toBe(404);
  });
});

describe('open data', () => {
  it('JSON lists every certified product with the documented fields', async () => {
    const res = await get('/open-data/catalogue.json');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ count: number; items: Record<string, unknown>[] }>();
    expect(body.count).toBe(3);
    const item = body.items.find((i) => i.productId === mam.product.id)!;
    expect(item).toMatchObject({ productName: 'Mắm tôm Hòa Bình', gtin14: '08938505970011', stars: 4, certificateStatus: 'valid', province: units.provinceA.fullName, certificateNumber: mam.certificate.number });
    expect(body.items.find((i) => i.productId === gao.product.id)?.certificateStatus).toBe('expired');
  });

  it('CSV has a header row and one row per product, and honours the same filters', async () => {
    const res = await get('/open-data/catalogue.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('productId,productName,productSet,gtin14,stars,producerName,commune,province,provinceCode,certificateNumber,certificateStatus,issuedOn,validUntil,productUrl,certificateUrl');
    expect(lines).toHaveLength(4);
    expect((await get('/open-data/catalogue.csv?valid=1')).body.trimEnd().split('\r\n')).toHaveLength(3);
  });
});
