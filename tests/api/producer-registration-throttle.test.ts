import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryCount } from '../../src/db/database';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, type TestApp } from '../helpers/test-app';

/** Public self-registration is throttled per client address, like sign-in: 429 with Retry-After. */
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;

function registration(n: number) {
  return {
    account: {
      username: `htx.so${n}`,
      email: `htx.so${n}@example.vn`,
      displayName: `HTX số ${n}`,
      password: 'mat-khau-manh-2026',
    },
    producer: {
      type: 'cooperative',
      name: `HTX Dịch vụ Nông nghiệp số ${n}`,
      registrationNumber: `46009${String(n).padStart(5, '0')}`,
      communeId: units.communeX.id,
      address: 'Xóm 3',
      legalRepresentative: {
        fullName: 'Lò Thị Mai',
        title: 'Giám đốc',
        gender: 'female',
        isEthnicMinority: false,
      },
      contacts: { phone: '0912 345 678', email: `htx.so${n}@example.vn` },
      workforce: { total: 10, female: 5 },
    },
  };
}

async function register(n: number, remoteAddress: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/producer-registrations',
    payload: registration(n),
    remoteAddress,
  });
}

async function pendingRegistrations(): Promise<number> {
  return queryCount(
    t.db,
    sql`select count(*) as n from producer_registrations where username like 'htx.so%'`,
  );
}

beforeAll(async () => {
  t = await createTestApp();
  units = await buildJurisdictions(t.db);
});
afterAll(async () => t.close());

describe('self-registration throttle', () => {
  it('accepts ten registrations from one address, then answers 429 with Retry-After and stores nothing', async () => {
    for (let n = 1; n <= 10; n += 1) expect((await register(n, '203.0.113.7')).statusCode).toBe(202);
    const refused = await register(11, '203.0.113.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBe(600);
    expect(refused.json()).toMatchObject({
      code: 'RATE_LIMITED',
      detail: expect.stringContaining('10 phút') as unknown,
    });
    expect(await pendingRegistrations()).toBe(10);

    // another address is not affected
    expect((await register(12, '198.51.100.4')).statusCode).toBe(202);
    expect(await pendingRegistrations()).toBe(11);
  });

  it('limits confirmation attempts too, so tokens cannot be guessed in bulk', async () => {
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/producer-registrations/confirm',
        payload: { token: 'x'.repeat(43) },
        remoteAddress: '192.0.2.9',
      });
    for (let n = 1; n <= 30; n += 1) expect((await attempt()).statusCode).toBe(400);
    const refused = await attempt();
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('600');
  });
});
