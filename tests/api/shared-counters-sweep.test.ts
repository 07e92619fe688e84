import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database';
import { countRateLimitHit, updateThrottleTimes } from '../../src/db/repositories/shared-throttle.repository';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, signInAs, type TestApp } from '../helpers/test-app';

const NOW = new Date('2026-12-06T20:00:00Z');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ now: NOW, config: { jobs: { isEnabled: false, pollingSeconds: 2 } } as never });
}, 180_000);
afterAll(async () => t.close());

async function keysIn(table: 'shared_throttle_keys' | 'shared_rate_limits'): Promise<string[]> {
  const rows = await queryRows<{ key: string }>(
    t.db,
    sql`select key from ${sql.identifier(table)} order by key`,
  );
  return rows.map((row) => row.key);
}

describe('the daily sweep of shared counters', () => {
  it('forgets the counters whose window has ended and keeps the others', async () => {
    const hour = 3_600_000;
    await countRateLimitHit(t.db, { key: 'ended', nowMs: NOW.getTime() - 2 * hour, windowMs: hour });
    await countRateLimitHit(t.db, { key: 'running', nowMs: NOW.getTime() - 10 * 60_000, windowMs: hour });
    await updateThrottleTimes(t.db, ['old', 'recent'], () => ({
      result: undefined,
      next: new Map([
        ['old', { times: [NOW.getTime() - 2 * hour], expiresAtMs: NOW.getTime() - hour }],
        ['recent', { times: [NOW.getTime() - 60_000], expiresAtMs: NOW.getTime() + hour }],
      ]),
    }));

    const admin = await signInAs(t, 'admin', (await buildJurisdictions(t.db)).nation);
    const run = await t.app.inject({
      method: 'POST',
      url: '/api/v1/jobs/shared-counters-sweep/run',
      headers: admin.headers,
      payload: { asOf: '2026-12-07' },
    });
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json()).toMatchObject({ summary: { throttleKeys: 1, rateLimits: 1 } });
    expect(await keysIn('shared_rate_limits')).toEqual(['running']);
    // The administrator's own sign-in was right at once: it left no failure behind.
    expect(await keysIn('shared_throttle_keys')).toEqual(['recent']);
  });
});
