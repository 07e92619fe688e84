/**
 * Circular 02/2024/TT-BKHCN: what a shopper who scans a demo stamp is told — product name and
 * image, producer name and address, production time, trace code, brand and serial, expiry and the
 * standards applied — on the verification page and in the linkset; times in Vietnam's zone.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidence, products, stampBatches, stamps } from '../../src/db/schema';
import { seedDemo } from '../../src/server/demo/seed-demo';
import type { DemoStamp } from '../../src/server/demo/seed-stamps';
import { scanStamp } from '../helpers/scan-stamp';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
const NOW = new Date('2026-05-04T02:00:00Z');
const BASE = 'http://localhost:3000';
let stamp: DemoStamp;
let page = '';

/** The text of the element carrying `data-field="name"` (tags stripped), or undefined. */
function fieldText(html: string, name: string): string | undefined {
  const match = new RegExp(`<(\\w+)[^>]*data-field="${name}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return match?.[2]?.replace(/<[^>]+>/g, '').trim();
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  const demo = (await seedDemo({ db: t.db, now: NOW, publicBaseUrl: BASE })).stamps as DemoStamp[];
  stamp = demo.find((s) => s.url.startsWith(`${BASE}/01/`) && s.status === 'active')!;
  // The stamped demo products have no photo yet: give this one a public photo, as a producer would.
  const serial = stamp.url.split('/').pop()!;
  const [row] = await t.db
    .select({ productId: products.id, producerId: products.producerId })
    .from(stamps)
    .innerJoin(stampBatches, eq(stampBatches.id, stamps.batchId))
    .innerJoin(products, eq(products.id, stampBatches.productId))
    .where(eq(stamps.serial, serial));
  await t.db.insert(evidence).values({
    producerId: row!.producerId,
    productId: row!.productId,
    documentType: 'photo',
    title: 'Ảnh sản phẩm',
    fileSha256: '0'.repeat(64),
    fileName: 'anh.png',
    mediaType: 'image/png',
    sizeBytes: 1,
  });
  const res = await scanStamp(t.app, { method: 'GET', url: stamp.url.replace(BASE, '') });
  expect(res.statusCode).toBe(200);
  page = res.body;
}, 180_000);
afterAll(async () => t.close());

describe('consumer information of a demo stamp (Circular 02/2024)', () => {
  it.each([
    ['productName', 'product name'],
    ['producerName', 'producer name'],
    ['producerAddress', 'producer address'],
    ['productionDate', 'production time'],
    ['traceCode', 'trace code'],
    ['brand', 'brand'],
    ['serial', 'serial'],
    ['expiryDate', 'expiry'],
    ['standards', 'standards applied'],
  ])('the page shows the %s (%s)', (name) => {
    const text = fieldText(page, name);
    expect(text, name).toBeTruthy();
    expect(text).not.toBe('—');
  });

  it('the address names the commune and the province once each', () => {
    const address = fieldText(page, 'producerAddress')!;
    const units = [...address.matchAll(/(?:Xã|Phường|Đặc khu|Tỉnh|Thành phố) [^,—]+/g)].map((m) =>
      m[0].trim(),
    );
    expect(units.length, address).toBeGreaterThanOrEqual(2);
    expect(new Set(units).size, address).toBe(units.length);
  });

  it('the page shows the product photo', () => {
    expect(page).toMatch(/<img data-field="image" src="\/p\/[0-9a-f-]+\/photos\/[0-9a-f-]+"/);
  });

  it('dates are dd/MM/yyyy and the time of the scan is Vietnam time', () => {
    expect(fieldText(page, 'productionDate')).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(fieldText(page, 'expiryDate')).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(fieldText(page, 'traceCode')).toBe(stamp.url);
    // 02:00 UTC is 09:00 in Hanoi.
    expect(page).toMatch(/Quét lần đầu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(giờ Việt Nam\)/);
    if (!page.includes('đã quét 1 lần')) return;
    expect(page).toContain('04/05/2026 09:00 (giờ Việt Nam)');
  });

  it('the linkset carries the same information and the photo', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${stamp.url.replace(BASE, '')}?linkType=linkset` });
    const entry = res.json<{ linkset: Record<string, unknown>[] }>().linkset[0]!;
    const description = String(entry.description);
    for (const label of [
      'Tên sản phẩm',
      'Chủ thể sản xuất',
      'Địa chỉ',
      'Thời gian sản xuất',
      'Mã truy vết',
      'Nhãn hiệu',
      'Số sê-ri',
      'Hạn sử dụng',
      'Tiêu chuẩn áp dụng',
    ])
      expect(description).toContain(`${label}: `);
    expect(description).toContain(stamp.url);
    expect(entry['https://schema.org/image']).toEqual([
      expect.objectContaining({ type: expect.stringMatching(/^image\//) as unknown }),
    ]);
  });
});
