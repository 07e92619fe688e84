/**
 * The front door (src/server/public/front-door.ts), over real HTTP: a repeated scan is answered
 * before the framework runs with the very answer the route gave — status, every header, the page —
 * its scan counted, the per-network limit still applied, and a changed stamp never answered from
 * what was kept.
 */
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stampBatches, stamps } from '../../src/db/schema';
import { scanRecorderOf } from '../../src/server/modules/stamps/scan-recorder';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

const LIMIT_PER_MINUTE = 20;

let t: TestApp;
let origin: string;
let producer: Session;
let serials: string[];
let stampPath: (serial: string) => string;
/** Verification pages asked for so far (one route, one network: they share a limit). */
let pagesAsked = 0;
let certificateNumber: string;

/** One GET as a phone makes it (no redirect followed), with the answer's headers as a plain object. */
async function get(path: string, headers: Record<string, string> = {}) {
  if (path.startsWith('/kiem-tra-tem/')) pagesAsked += 1;
  const response = await fetch(`${origin}${path}`, { redirect: 'manual', headers });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: Object.fromEntries(response.headers), body };
}

/** Headers that differ between any two answers: when, and the id of the request. */
const comparable = (headers: Record<string, string>) => {
  const { date: _date, 'x-request-id': _id, ...rest } = headers;
  return rest;
};

const scanCountOf = async (serial: string) => {
  await scanRecorderOf(t.app.deps, t.app.log).flush();
  return (await t.db.select().from(stamps).where(eq(stamps.serial, serial)))[0]!.scanCount;
};

beforeAll(async () => {
  t = await createTestApp({ config: { resolverLimit: { perNetworkPerMinute: LIMIT_PER_MINUTE } } });
  const units = await buildJurisdictions(t.db);
  const account = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  producer = await login(t.app, account.username);
  const { product, certificate } = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { gtin: '8938505970028', producerAccountId: account.id, name: 'Bình hút lộc men rạn' },
  );
  certificateNumber = certificate.number;
  const order = await t.app.inject({
    method: 'POST',
    url: '/api/v1/stamp-batches',
    headers: producer.headers,
    payload: {
      productId: product.id,
      lot: 'FD-1',
      productionDate: '2026-05-01',
      expiryDate: '2027-05-01',
      quantity: 4,
    },
  });
  expect(order.statusCode).toBe(201);
  const batchId = order.json<{ id: string }>().id;
  const [batch] = await t.db.select().from(stampBatches).where(eq(stampBatches.id, batchId));
  serials = (
    await t.db.select().from(stamps).where(eq(stamps.batchId, batchId)).orderBy(stamps.position)
  ).map((s) => s.serial);
  stampPath = (serial) => `/01/${batch!.gtin14}/10/${batch!.lot}/21/${serial}`;
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => t.close());

describe('the front door', () => {
  it('answers a repeated verification page with the route’s very answer, and counts every scan', async () => {
    const page = `/kiem-tra-tem${stampPath(serials[0]!)}`;
    const before = t.app.frontDoor.answered;
    const first = await get(page);
    expect(first.status).toBe(200);
    expect(first.body.toString()).toContain('Bình hút lộc men rạn');
    // The route answered the first; the front door the next ones.
    const again = [await get(page), await get(page), await get(page)];
    expect(t.app.frontDoor.answered - before).toBe(3);
    for (const answer of again) {
      expect(answer.status).toBe(first.status);
      expect(comparable(answer.headers)).toEqual(comparable(first.headers));
      expect(answer.body.equals(first.body)).toBe(true);
      // The security headers the framework adds are there too.
      expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
      expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(new Set(again.map((a) => a.headers['x-request-id'])).size).toBe(3);
    expect(await scanCountOf(serials[0]!)).toBe(4);
  });

  it('answers a repeated scan’s redirect with the same Location, Link and CORS headers', async () => {
    const first = await get(stampPath(serials[1]!));
    expect(first.status).toBe(307);
    const before = t.app.frontDoor.answered;
    const second = await get(stampPath(serials[1]!));
    expect(t.app.frontDoor.answered - before).toBe(1);
    expect(second.status).toBe(307);
    expect(comparable(second.headers)).toEqual(comparable(first.headers));
    expect(second.headers.location).toBe(
      `${t.app.deps.config.publicBaseUrl}/kiem-tra-tem${stampPath(serials[1]!)}`,
    );
    expect(second.headers['access-control-allow-origin']).toBe('*');
    expect(second.headers.link).toContain('rel="https://gs1.org/voc/pip"');
    // Another Accept is another answer: the linkset, from the route.
    const linkset = await get(stampPath(serials[1]!), { accept: 'application/linkset+json' });
    expect(linkset.status).toBe(200);
    expect(linkset.headers['content-type']).toContain('application/linkset+json');
  });

  it('answers a repeated certificate page with the route’s very answer', async () => {
    const path = `/c/${encodeURIComponent(certificateNumber)}`;
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.body.toString()).toContain(certificateNumber);
    const before = t.app.frontDoor.answered;
    const second = await get(path);
    expect(t.app.frontDoor.answered - before).toBe(1);
    expect(second.status).toBe(200);
    expect(comparable(second.headers)).toEqual(comparable(first.headers));
    expect(second.body.equals(first.body)).toBe(true);
    // An unknown number is not kept: the route answers each time.
    expect((await get('/c/KHONG-CO-SO-NAY')).status).toBe(404);
    const unknownBefore = t.app.frontDoor.answered;
    expect((await get('/c/KHONG-CO-SO-NAY')).status).toBe(404);
    expect(t.app.frontDoor.answered).toBe(unknownBefore);
  });

  it('keeps no answer to a HEAD request: the route answers the next GET', async () => {
    const page = `/kiem-tra-tem${stampPath(serials[1]!)}`;
    // (A HEAD route counts its requests under a limiter counter of its own.)
    const head = await fetch(`${origin}${page}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    const before = t.app.frontDoor.answered;
    expect((await get(page)).status).toBe(200);
    expect(t.app.frontDoor.answered).toBe(before);
    expect((await get(page)).status).toBe(200);
    expect(t.app.frontDoor.answered).toBe(before + 1);
  });

  it('keeps the caller’s well-formed X-Request-Id, as the framework does', async () => {
    const page = `/kiem-tra-tem${stampPath(serials[2]!)}`;
    await get(page);
    const before = t.app.frontDoor.answered;
    const answer = await get(page, { 'x-request-id': 'proxy-abc-12345' });
    expect(t.app.frontDoor.answered - before).toBe(1);
    expect(answer.headers['x-request-id']).toBe('proxy-abc-12345');
  });

  it('never answers from what it kept once the stamp has changed', async () => {
    const page = `/kiem-tra-tem${stampPath(serials[3]!)}`;
    expect((await get(page)).status).toBe(200);
    expect((await get(page)).status).toBe(200);
    const deactivated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/stamps/${serials[3]}/deactivate`,
      headers: producer.headers,
      payload: { reason: 'Tem in lỗi, đã huỷ' },
    });
    expect(deactivated.statusCode).toBe(200);
    const after = await get(page);
    expect(after.status).toBe(410);
    expect(after.body.toString()).toContain('Tem in lỗi, đã huỷ');
  });

  it('applies the per-network limit: past it the route refuses with 429 and Retry-After', async () => {
    const page = `/kiem-tra-tem${stampPath(serials[0]!)}`;
    const left = LIMIT_PER_MINUTE - pagesAsked;
    expect(left).toBeGreaterThan(0);
    const statuses: number[] = [];
    for (let i = 0; i < left + 3; i += 1) statuses.push((await get(page)).status);
    expect(statuses).toEqual([...Array<number>(left).fill(200), 429, 429, 429]);
    const refused = await get(page);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.toString()).toContain('Có quá nhiều lượt tra cứu tem');
  });
});
