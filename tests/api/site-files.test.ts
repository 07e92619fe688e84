/** robots.txt, sitemap.xml (products and certificates in force) and the favicon of the public site. */
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let inForce: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let expired: Awaited<ReturnType<typeof buildCertifiedProduct>>;
const get = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z') });
  const units = await buildJurisdictions(t.db);
  const place = { province: units.provinceA, commune: units.communeX };
  inForce = await buildCertifiedProduct(t.db, place, { name: 'Mắm tôm Hòa Bình' });
  expired = await buildCertifiedProduct(t.db, place, { name: 'Gạo tám thơm', signedOn: '2022-01-15' });
});
afterAll(async () => t.close());

describe('the files search engines and browsers ask for', () => {
  it('robots.txt lets crawlers read the public pages, not the back-office, and names the sitemap', async () => {
    const response = await get('/robots.txt');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('Disallow: /app/');
    expect(response.body).toContain('Sitemap: http://localhost:3000/sitemap.xml');
  });

  it('sitemap.xml lists the catalogue and each product and certificate in force, not the expired one', async () => {
    const response = await get('/sitemap.xml');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/xml');
    const parsed = new XMLParser().parse(response.body) as { urlset: { url: { loc: string }[] } };
    const locations = parsed.urlset.url.map((url) => url.loc);
    expect(locations).toContain('http://localhost:3000/');
    expect(locations).toContain(`http://localhost:3000/p/${inForce.product.id}`);
    expect(locations).toContain(`http://localhost:3000/c/${encodeURIComponent(inForce.certificate.number)}`);
    expect(locations).not.toContain(`http://localhost:3000/p/${expired.product.id}`);
  });

  it('has a favicon, as an icon file and as SVG', async () => {
    const ico = await get('/favicon.ico');
    expect(ico.statusCode).toBe(200);
    expect(ico.headers['content-type']).toBe('image/x-icon');
    expect([...ico.rawPayload.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const svg = await get('/favicon.svg');
    expect(svg.statusCode).toBe(200);
    expect(svg.body).toContain('<svg');
  });
});
