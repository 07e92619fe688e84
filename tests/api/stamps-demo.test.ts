/** The demo stamps: `seed-demo` lists them idempotently and each URL answers its expected status. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stamps } from '../../src/db/schema';
import { seedDemo } from '../../src/server/demo/seed-demo';
import type { DemoStamp } from '../../src/server/demo/seed-stamps';
import { scanRecorderOf } from '../../src/server/modules/stamps/scan-recorder';
import { scanStamp } from '../helpers/scan-stamp';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
const NOW = new Date('2026-05-04T02:00:00Z');
const BASE = 'http://localhost:3000';

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
}, 120_000);
afterAll(async () => t.close());

describe('seed-demo stamps', () => {
  it('lists batches with and without GTIN, a deactivated stamp and an expired certificate, idempotently', async () => {
    const first = (await seedDemo({ db: t.db, now: NOW, publicBaseUrl: BASE })).stamps as DemoStamp[];
    const again = (await seedDemo({ db: t.db, now: NOW, publicBaseUrl: BASE })).stamps as DemoStamp[];
    expect(again).toEqual(first);
    expect(first.some((s) => s.url.startsWith(`${BASE}/01/`) && s.status === 'active')).toBe(true);
    expect(first.some((s) => s.url.startsWith(`${BASE}/s/`) && s.status === 'active')).toBe(true);
    expect(first.filter((s) => s.status === 'deactivated').map((s) => s.expectedHttpStatus)).toEqual([410]);
    expect(first.some((s) => s.status === 'certificate-expired')).toBe(true);
    expect(first.some((s) => s.status === 'unregistered-serial')).toBe(true);

    for (const stamp of first) {
      const res = await scanStamp(t.app, { method: 'GET', url: stamp.url.replace(BASE, '') });
      expect({ url: stamp.url, status: res.statusCode }).toEqual({
        url: stamp.url,
        status: stamp.expectedHttpStatus,
      });
    }
    await scanRecorderOf(t.app.deps, t.app.log).flush();
    // One demo stamp awaits the standing office's review of a possible-copy flag; shoppers are warned.
    const flagged = await t.db.select().from(stamps).where(eq(stamps.isPossibleCopy, true));
    expect(flagged).toHaveLength(1);
    const page = await scanStamp(t.app, {
      method: 'GET',
      url: first.find((s) => s.url.endsWith(`/${flagged[0]!.serial}`))!.url.replace(BASE, ''),
    });
    expect(page.body).toContain('Nghi tem sao chép');
  });
});
