/**
 * The verification page a shopper's scan lands on links to "report a suspected fake"; the form has a
 * page of its own (`/bao-cao-tem?tem=<stamp path>`), so every scan carries a smaller page, and the
 * form sent from that page reaches the standing office as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stampReports } from '../../src/db/schema';
import { seedDemo } from '../../src/server/demo/seed-demo';
import type { DemoStamp } from '../../src/server/demo/seed-stamps';
import { scanStamp } from '../helpers/scan-stamp';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
const NOW = new Date('2026-05-04T02:00:00Z');
const BASE = 'http://localhost:3000';
let stampPath = '';
let page = '';

function form(fields: Record<string, string>) {
  const boundary = '----ocopReportFormBoundary';
  const body = Object.entries(fields)
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('');
  return {
    payload: Buffer.from(`${body}--${boundary}--\r\n`),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  const demo = (await seedDemo({ db: t.db, now: NOW, publicBaseUrl: BASE })).stamps as DemoStamp[];
  const stamp = demo.find((s) => s.url.startsWith(`${BASE}/01/`) && s.status === 'active')!;
  stampPath = stamp.url.replace(BASE, '');
  const res = await scanStamp(t.app, { method: 'GET', url: stampPath });
  expect(res.statusCode).toBe(200);
  page = res.body;
}, 180_000);
afterAll(async () => t.close());

describe('the report form of a stamp', () => {
  it('the verification page links to it and carries neither the form nor its styles', () => {
    expect(page).toContain(`href="/bao-cao-tem?tem=${encodeURIComponent(stampPath)}"`);
    expect(page).toContain('Báo cáo nghi hàng giả');
    expect(page).not.toContain('<form');
    expect(page).not.toContain('textarea');
    expect(page).not.toContain('ul.list');
  });

  it('opens with the stamp filled in, is not indexed, and its report reaches the office', async () => {
    const opened = await t.app.inject({
      method: 'GET',
      url: `/bao-cao-tem?tem=${encodeURIComponent(stampPath)}`,
    });
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-type']).toContain('text/html');
    expect(opened.body).toContain('<meta name="robots" content="noindex">');
    expect(opened.body).toContain(`<input type="hidden" name="stampPath" value="${stampPath}">`);
    for (const name of ['message', 'placeOfPurchase', 'contact', 'photo'])
      expect(opened.body).toContain(`name="${name}"`);

    const before = (await t.db.select().from(stampReports)).length;
    const sent = await t.app.inject({
      method: 'POST',
      url: '/stamp-reports',
      ...form({ stampPath, message: 'Tem in mờ, mã không khớp', placeOfPurchase: 'Chợ Hôm' }),
    });
    expect(sent.statusCode).toBe(201);
    const rows = await t.db.select().from(stampReports);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ stampPath, placeOfPurchase: 'Chợ Hôm' });
  });

  it.each([
    ['no stamp', '/bao-cao-tem'],
    ['a path that is not a stamp', '/bao-cao-tem?tem=%2Fkhong-phai-tem'],
  ])('answers 400 in words for %s, and stores nothing', async (_case, url) => {
    const before = (await t.db.select().from(stampReports)).length;
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Địa chỉ không chỉ tới một tem OCOP');
    expect(await t.db.select().from(stampReports)).toHaveLength(before);
  });

  it('answers 400 naming the field for a NUL byte in the stamp', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/bao-cao-tem?tem=%2Fs%2FABC%00' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('querystring.tem');
  });
});
