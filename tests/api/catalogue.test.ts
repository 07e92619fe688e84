/**
 * The public catalogue through the app: search ignoring case, diacritics and tone-mark placement,
 * filters as GET parameters (province, group, set, stars, valid only), product pages with
 * schema.org/Product, story, points of sale and photos (served only for published products, only
 * as images), and the open data.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidence, products } from '../../src/db/schema';
import { foldVietnamese } from '../../src/domain/text/fold-vietnamese';
import { createBlobStore, fileStoreRoot } from '../../src/server/files/blob-store';
import { buildPoolProduct } from '../helpers/evaluation-fixtures';
import { buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { publicCachesOf } from '../../src/server/public/public-cache';
import { revokeThroughDecision } from '../helpers/revoke-through-decision';
import { createTestApp, signInAs, type TestApp } from '../helpers/test-app';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let mam: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let tra: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let gao: Awaited<ReturnType<typeof buildCertifiedProduct>>;

let uncertified: Awaited<ReturnType<typeof buildPoolProduct>>;
const photos: Record<'mam' | 'pdf' | 'label' | 'uncertified', string> = {
  mam: '',
  pdf: '',
  label: '',
  uncertified: '',
};

const get = (url: string) => t.app.inject({ method: 'GET', url });
/** The smallest valid PNG (1×1, transparent). */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082',
  'hex',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

async function addEvidence(
  productId: string,
  producerId: string,
  documentType: string,
  content: Buffer,
  mediaType: string,
): Promise<string> {
  const { sha256 } = await createBlobStore(fileStoreRoot(t.app.deps.config.dataDir)).put(content);
  const [row] = await t.db
    .insert(evidence)
    .values({
      producerId,
      productId,
      documentType,
      title: documentType,
      fileSha256: sha256,
      fileName: `f.${mediaType.split('/')[1]}`,
      mediaType,
      sizeBytes: content.length,
    })
    .returning();
  return row!.id;
}
const names = (html: string) =>
  ['Mắm tôm Hòa Bình', 'Trà sen Hoà Lạc', 'Gạo tám thơm Điện Biên'].filter((n) => html.includes(n));

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z') });
  units = await buildJurisdictions(t.db);
  mam = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { gtin: '8938505970011', name: 'Mắm tôm Hòa Bình', stars: 4 },
  );
  tra = await buildCertifiedProduct(
    t.db,
    { province: units.provinceB, commune: units.communeZ },
    { name: 'Trà sen Hoà Lạc', stars: 3 },
  );
  gao = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeY },
    { name: 'Gạo tám thơm Điện Biên', stars: 5, signedOn: '2022-01-15' },
  );
  await t.db
    .update(products)
    .set({
      productSet: 11,
      description: 'Trà ướp hoa sen Tây Hồ.',
      searchKey: foldVietnamese('Trà sen Hoà Lạc'),
    })
    .where(eq(products.id, tra.product.id));
  for (const p of [mam, gao])
    await t.db
      .update(products)
      .set({ searchKey: foldVietnamese(p.product.name) })
      .where(eq(products.id, p.product.id));
  const story = 'Làng nghề làm mắm tôm ven sông Đà từ năm 1920.\n\nCon tôm được phơi <đủ> 3 nắng.';
  const pointsOfSale = [
    { name: 'Cửa hàng OCOP Hòa Bình', address: 'Số 1 đường Cù Chính Lan', phone: '0218 385 2222' },
    { name: 'Gian hàng trực tuyến', url: 'https://shop.example.vn/mam-tom' },
  ];
  await t.db
    .update(products)
    .set({ details: { packaging: 'Hũ 500 g', story, pointsOfSale } })
    .where(eq(products.id, mam.product.id));
  uncertified = await buildPoolProduct(t.db, units.communeX, { name: 'Bánh chưa công nhận' });
  photos.mam = await addEvidence(mam.product.id, mam.producer.id, 'photo', PNG, 'image/png');
  photos.pdf = await addEvidence(mam.product.id, mam.producer.id, 'photo', PDF, 'application/pdf');
  photos.label = await addEvidence(mam.product.id, mam.producer.id, 'trademark_ip', PNG, 'image/png');
  photos.uncertified = await addEvidence(
    uncertified.product.id,
    uncertified.producer.id,
    'photo',
    PNG,
    'image/png',
  );
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
    expect(names(res.body)).toEqual(['Mắm tôm Hòa Bình', 'Trà sen Hoà Lạc']);
  });

  it('leaves a product whose certificate expired out of the default view; "all" shows it, labelled', async () => {
    const byDefault = await get('/');
    expect(names(byDefault.body)).not.toContain('Gạo tám thơm Điện Biên');
    expect(byDefault.body).toMatch(/<input type="checkbox" name="all" value="1" style="width:auto">/);
    const all = await get('/?all=1');
    expect(names(all.body)).toEqual(['Mắm tôm Hòa Bình', 'Trà sen Hoà Lạc', 'Gạo tám thơm Điện Biên']);
    const gaoItem = all.body.split('<li>').find((li) => li.includes('Gạo tám thơm Điện Biên'))!;
    expect(gaoItem).toContain('Hết hiệu lực');
    expect(all.body).toMatch(/name="all" value="1" style="width:auto" checked/);
    // Open data stays the whole registry, each product with its status.
    expect((await get('/open-data/catalogue.json')).json<{ count: number }>().count).toBe(3);
  });

  it.each(['hoa', 'HOA', 'Hòa', 'hoà', 'Hoà'])(
    'search "%s" finds both "Hòa" and "Hoà" and nothing else',
    async (q) => {
      const res = await get(`/?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(names(res.body)).toEqual(['Mắm tôm Hòa Bình', 'Trà sen Hoà Lạc']);
    },
  );

  it('filters by province, group, set, stars and certificates in force', async () => {
    expect(names((await get(`/?province=${units.provinceB.code}`)).body)).toEqual(['Trà sen Hoà Lạc']);
    // Set 11 (tea) is in group 1 (food); set 21 (crafts) in group 4.
    expect(names((await get('/?group=1')).body)).toEqual(['Trà sen Hoà Lạc']);
    expect(names((await get('/?group=4')).body)).toEqual(['Mắm tôm Hòa Bình']);
    expect(names((await get('/?group=4&all=1')).body)).toEqual([
      'Mắm tôm Hòa Bình',
      'Gạo tám thơm Điện Biên',
    ]);
    expect(names((await get('/?group=6&all=1')).body)).toEqual([]);
    expect(names((await get('/?group=4&stars=5&all=1')).body)).toEqual(['Gạo tám thơm Điện Biên']);
    expect(names((await get('/?set=11')).body)).toEqual(['Trà sen Hoà Lạc']);
    expect(names((await get('/?stars=5')).body)).toEqual([]);
    expect(names((await get('/?stars=5&all=1')).body)).toEqual(['Gạo tám thơm Điện Biên']);
    expect(names((await get('/?valid=1')).body)).toEqual(['Mắm tôm Hòa Bình', 'Trà sen Hoà Lạc']);
    expect(names((await get('/?stars=&set=&province=&page=&all=1')).body)).toHaveLength(3);
  });

  it('offers the six groups of Decision 148 in the form and keeps the chosen one across pages', async () => {
    const res = await get('/?group=4');
    expect(res.body).toContain('<select name="group">');
    expect(
      (res.body.match(/<select name="group">(.*?)<\/select>/s)![1]!.match(/<option value="\d+"/g) ?? [])
        .length,
    ).toBe(6);
    expect(res.body).toMatch(/<option value="4" selected>/);
    expect((await get('/?group=4&page=2')).body).toContain('href="/?group=4"');
    expect((await get('/?group=4&all=1&page=2')).body).toContain('href="/?group=4&amp;all=1"');
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
    const jsonLd = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(res.body)![1]!,
    ) as Record<string, unknown>;
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

describe('product page: story, where to buy, photos', () => {
  it('shows the story (escaped, in paragraphs) and the points of sale with address, phone and shop link', async () => {
    const res = await get(`/p/${mam.product.id}`);
    expect(res.body).toContain('<h2 id="story">Câu chuyện sản phẩm');
    expect(res.body).toContain(
      '<p>Làng nghề làm mắm tôm ven sông Đà từ năm 1920.</p><p>Con tôm được phơi &lt;đủ&gt; 3 nắng.</p>',
    );
    expect(res.body).toContain('<h2 id="where-to-buy">Nơi mua');
    expect(res.body).toContain('Cửa hàng OCOP Hòa Bình');
    expect(res.body).toContain('Số 1 đường Cù Chính Lan');
    expect(res.body).toContain('href="tel:02183852222"');
    expect(res.body).toContain('href="https://shop.example.vn/mam-tom"');
  });

  it('a product without story or points of sale shows neither heading', async () => {
    const res = await get(`/p/${tra.product.id}`);
    expect(res.body).not.toContain('id="story"');
    expect(res.body).not.toContain('id="where-to-buy"');
    expect(res.body).not.toContain('<img');
  });

  it('shows only image photos of the product, with alt text, also in JSON-LD', async () => {
    const res = await get(`/p/${mam.product.id}`);
    const images = res.body.match(/<img [^>]*>/g) ?? [];
    expect(images).toHaveLength(1);
    expect(images[0]).toContain(`src="/p/${mam.product.id}/photos/${photos.mam}"`);
    expect(images[0]).toContain('alt="Mắm tôm Hòa Bình — ảnh 1"');
    const jsonLd = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(res.body)![1]!,
    ) as Record<string, unknown>;
    expect(jsonLd.image).toEqual([`http://localhost:3000/p/${mam.product.id}/photos/${photos.mam}`]);
  });

  it('serves a published product photo inline with its stored image type and cache headers', async () => {
    const res = await get(`/p/${mam.product.id}/photos/${photos.mam}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toBe('inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    expect(res.rawPayload.equals(PNG)).toBe(true);
  });

  it.each([
    ['a photo record that is not an image', () => `/p/${mam.product.id}/photos/${photos.pdf}`],
    [
      'an image that is not a photo (trademark evidence)',
      () => `/p/${mam.product.id}/photos/${photos.label}`,
    ],
    [
      'a photo of a product that was never certified',
      () => `/p/${uncertified.product.id}/photos/${photos.uncertified}`,
    ],
    ['a photo asked for under another product', () => `/p/${tra.product.id}/photos/${photos.mam}`],
    ['a malformed id', () => `/p/${mam.product.id}/photos/..%2F..%2Fetc%2Fpasswd`],
  ])('answers 404 for %s', async (_label, url) => {
    const res = await get(url());
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['content-disposition']).toBeUndefined();
  });

  it('an uncertified product has no public page', async () => {
    expect((await get(`/p/${uncertified.product.id}`)).statusCode).toBe(404);
  });
});

describe('open data', () => {
  it('JSON lists every certified product with the documented fields', async () => {
    const res = await get('/open-data/catalogue.json');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ count: number; items: Record<string, unknown>[] }>();
    expect(body.count).toBe(3);
    const item = body.items.find((i) => i.productId === mam.product.id)!;
    expect(item).toMatchObject({
      productName: 'Mắm tôm Hòa Bình',
      gtin14: '08938505970011',
      stars: 4,
      certificateStatus: 'valid',
      province: units.provinceA.fullName,
      certificateNumber: mam.certificate.number,
    });
    expect(body.items.find((i) => i.productId === gao.product.id)?.certificateStatus).toBe('expired');
  });

  it('CSV opens in Excel as UTF-8 with Vietnamese headers, one row per product, and honours the same filters', async () => {
    const res = await get('/open-data/catalogue.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Mã sản phẩm,Tên sản phẩm,Bộ sản phẩm,Mã GTIN-14,Số sao,Chủ thể,Xã/phường,Tỉnh/thành phố,Mã tỉnh,Số giấy chứng nhận,Tình trạng giấy chứng nhận,Ngày cấp,Hiệu lực đến,Trang sản phẩm,Trang tra cứu giấy chứng nhận',
    );
    expect(res.body).toContain('Còn hiệu lực');
    const english = (await get('/open-data/catalogue.csv?lang=en')).body.replace(/^\uFEFF/, '').split('\r\n');
    expect(english[0]).toBe(
      'productId,productName,productSet,gtin14,stars,producerName,commune,province,provinceCode,certificateNumber,certificateStatus,issuedOn,validUntil,productUrl,certificateUrl',
    );
    expect(lines).toHaveLength(4);
    expect((await get('/open-data/catalogue.csv?valid=1')).body.trimEnd().split('\r\n')).toHaveLength(3);
  });
});

describe('a revocation shows at once', () => {
  it('while sign-ins and notification reads leave the cached public answers in place', async () => {
    const caches = publicCachesOf(t.app.deps);
    expect((await get(`/c/${encodeURIComponent(tra.certificate.number)}`)).statusCode).toBe(200);
    const cached = caches.certificates.size;
    expect(cached).toBeGreaterThan(0);
    const officer = await signInAs(t, 'commune_officer', units.communeX);
    const read = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: officer.headers,
    });
    expect(read.statusCode).toBeLessThan(400);
    expect(caches.certificates.size).toBe(cached);
  });

  it('on the certificate page and in the catalogue (out of the default view, labelled in "all"), and the photos stop being served', async () => {
    expect((await get(`/c/${encodeURIComponent(mam.certificate.number)}`)).body).toContain('Còn hiệu lực');
    expect(names((await get('/')).body)).toContain('Mắm tôm Hòa Bình');
    await revokeThroughDecision(t, {
      certificateId: mam.certificate.id,
      office: await signInAs(t, 'standing_office', units.provinceA),
      leader: await signInAs(t, 'leader', units.provinceA),
      decisionNumber: '77/QĐ-UBND',
      groundText: 'Vi phạm an toàn thực phẩm',
    });
    expect((await get(`/c/${encodeURIComponent(mam.certificate.number)}`)).body).toContain('Đã bị thu hồi');
    expect(names((await get('/')).body)).not.toContain('Mắm tôm Hòa Bình');
    const all = await get('/?all=1');
    expect(all.body.split('<li>').find((li) => li.includes('Mắm tôm Hòa Bình'))).toContain('Đã bị thu hồi');
    expect((await get(`/p/${mam.product.id}/photos/${photos.mam}`)).statusCode).toBe(404);
  });
});
