/**
 * The public trade-promotion pages: the events calendar `/su-kien` and the points of sale per
 * province `/diem-ban/:code`, plus "where to buy" on a product page. They are plain HTML (no
 * script, no form needing JavaScript), in Vietnamese, escape recorded text, and name only
 * certified products as OCOP products.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProduct } from '../helpers/dossier-factories';
import { buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let central: Session;
let certified: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let uncertifiedName: string;

const get = (url: string) => t.app.inject({ method: 'GET', url });
const create = async (url: string, payload: object) => {
  const response = await t.app.inject({ method: 'POST', url, payload, headers: central.headers });
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.body}`);
};

/** Server-rendered for browsers without JavaScript: no script element other than JSON-LD data. */
function expectNoScript(html: string): void {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.filter((s) => !s.includes('application/ld+json'))).toEqual([]);
  expect(html).not.toMatch(/\son[a-z]+=/i);
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  central = await signInAs(t, 'standing_office', units.nation);
  certified = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { name: 'Mứt gừng dẻo Bát Tràng', stars: 4 },
  );
  const uncertified = await buildProduct(t.db, { producer: certified.producer, name: 'Bánh chưa công nhận' });
  uncertifiedName = uncertified.name;
  const participants = [
    { producerId: certified.producer.id, productId: certified.product.id },
    { producerId: certified.producer.id, productId: uncertified.id },
  ];
  await create('/api/v1/trade-events', {
    unitId: units.provinceA.id,
    kind: 'fair',
    level: 'national',
    name: 'Hội chợ OCOP <script>alert(1)</script> 2026',
    startsOn: '2026-09-10',
    endsOn: '2026-09-14',
    place: 'Cung Văn hóa Hữu nghị & Triển lãm',
    organiser: 'Bộ Nông nghiệp và Môi trường',
    participants,
  });
  await create('/api/v1/trade-events', {
    unitId: units.provinceB.id,
    kind: 'ocop_week',
    level: 'province',
    name: 'Tuần hàng OCOP đang diễn ra',
    startsOn: '2026-06-14',
    endsOn: '2026-06-16',
  });
  await create('/api/v1/trade-events', {
    unitId: units.provinceA.id,
    kind: 'fair',
    level: 'province',
    name: 'Hội chợ đã qua',
    startsOn: '2026-03-01',
    endsOn: '2026-03-05',
  });
  await create('/api/v1/points-of-sale', {
    communeId: units.communeX.id,
    kind: 'showroom',
    name: 'Trung tâm OCOP "Phố Cổ"',
    address: 'Số 2 Hàng Bạc',
    latitude: 21.0343,
    longitude: 105.8537,
    openingHours: '8:00–22:00',
    phone: '024 3926 0000',
    productIds: [certified.product.id, uncertified.id],
  });
  await create('/api/v1/points-of-sale', {
    communeId: units.communeZ.id,
    kind: 'point_of_sale',
    name: 'Điểm bán tỉnh khác',
    address: 'Chợ Zê',
  });
}, 120_000);
afterAll(async () => t.close());

describe('events calendar /su-kien', () => {
  it('lists the events not yet over by month, with the certified products present, in Vietnamese and escaped', async () => {
    const response = await get('/su-kien');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toContain('public');
    const html = response.body;
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Lịch sự kiện xúc tiến thương mại OCOP');
    expect(html).toContain('Tháng 9/2026');
    expect(html).toContain('10/09/2026 – 14/09/2026');
    expect(html).toContain('Hội chợ OCOP &lt;script&gt;alert(1)&lt;/script&gt; 2026');
    expect(html).toContain('Cung Văn hóa Hữu nghị &amp; Triển lãm');
    expect(html).toContain('Tuần hàng OCOP đang diễn ra');
    expect(html).toContain('Đang diễn ra');
    expect(html).not.toContain('Hội chợ đã qua');
    expect(html).toContain(`<a href="/p/${certified.product.id}">Mứt gừng dẻo Bát Tràng</a>`);
    expect(html).not.toContain(uncertifiedName);
    expect(html.indexOf('Tuần hàng OCOP đang diễn ra')).toBeLessThan(html.indexOf('Hội chợ OCOP'));
    expectNoScript(html);
  });
});

describe('points of sale /diem-ban', () => {
  it('lists the provinces with points of sale and, per province, each point with address, hours and certified products', async () => {
    const index = await get('/diem-ban');
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain(`href="/diem-ban/${units.provinceA.code}"`);
    expectNoScript(index.body);

    const page = await get(`/diem-ban/${units.provinceA.code}`);
    expect(page.statusCode).toBe(200);
    const html = page.body;
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain(`Điểm bán sản phẩm OCOP tại ${units.provinceA.name}`);
    expect(html).toContain('Trung tâm OCOP &quot;Phố Cổ&quot;');
    expect(html).toContain('Giờ mở cửa');
    expect(html).toContain('8:00–22:00');
    expect(html).toContain('href="tel:02439260000"');
    expect(html).toContain('mlat=21.034300');
    expect(html).toContain(`<a href="/p/${certified.product.id}">Mứt gừng dẻo Bát Tràng</a>`);
    expect(html).not.toContain(uncertifiedName);
    expect(html).not.toContain('Điểm bán tỉnh khác');
    expectNoScript(html);
  });

  it('answers an unknown province with a Vietnamese 404 page', async () => {
    const response = await get('/diem-ban/KHONGCO');
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Không có tỉnh, thành phố này');
  });
});

describe('product page', () => {
  it('shows the recorded points of sale carrying the product under "where to buy"', async () => {
    const response = await get(`/p/${certified.product.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Điểm giới thiệu và bán sản phẩm OCOP');
    expect(response.body).toContain('Trung tâm OCOP &quot;Phố Cổ&quot;');
    expect(response.body).not.toContain('Điểm bán tỉnh khác');
  });
});
