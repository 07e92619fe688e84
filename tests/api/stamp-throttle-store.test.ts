/**
 * The scan path's shared rate-limit store: a scan is judged at once from memory, and the hits of
 * every process are added up in the database a few times a second, so two processes behind one
 * address together allow what one would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database';
import { batchedRateLimitStore } from '../../src/server/public/stamp-throttle-store';
import { createTestDatabase } from '../helpers/test-database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

interface Store {
  incr(
    key: string,
    cb: (error: Error | null, result?: { current: number; ttl: number }) => void,
    windowMs: number,
    max: number,
  ): void;
  child(params: { routeInfo: { method: string; url: string } }): Store;
}

function processOf(nowMs: () => number) {
  const shared = batchedRateLimitStore(handle.db, { flushMs: 60_000, nowMs });
  const root = new shared.Store() as Store;
  const route = root.child({ routeInfo: { method: 'GET', url: '/01/*' } });
  const hit = (network: string) =>
    new Promise<{ current: number; ttl: number }>((resolve, reject) =>
      route.incr(network, (error, result) => (error ? reject(error) : resolve(result!)), 60_000, 120),
    );
  return { hit, flush: shared.flush };
}

describe('shared scan rate-limit counts', () => {
  it('counts at once in memory, and each process learns the others’ hits at its next flush', async () => {
    let now = Date.parse('2026-12-01T08:00:00Z');
    const clock = () => now;
    const a = processOf(clock);
    const b = processOf(clock);
    for (let i = 1; i <= 30; i += 1) expect((await a.hit('203.0.113.0/24')).current).toBe(i);
    expect((await b.hit('203.0.113.0/24')).current).toBe(1);
    await a.flush();
    await b.flush();
    // B wrote its one hit after A's 30: it now knows the network's 31.
    now += 1_000;
    const seenByB = await b.hit('203.0.113.0/24');
    expect(seenByB.current).toBe(32);
    expect(seenByB.ttl).toBe(59_000);
    // A learns of B's hits at its next flush.
    expect((await a.hit('203.0.113.0/24')).current).toBe(31);
    await a.flush();
    expect((await a.hit('203.0.113.0/24')).current).toBe(33);
    // Another network is counted apart.
    expect((await a.hit('198.51.100.0/24')).current).toBe(1);
  });

  it('starts a new window once the minute is over, in memory and in the database', async () => {
    let now = Date.parse('2026-12-01T09:00:00Z');
    const clock = () => now;
    const a = processOf(clock);
    for (let i = 0; i < 5; i += 1) await a.hit('192.0.2.0/24');
    await a.flush();
    now += 60_000;
    expect((await a.hit('192.0.2.0/24')).current).toBe(1);
    await a.flush();
    const b = processOf(clock);
    await b.hit('192.0.2.0/24');
    await b.flush();
    expect((await b.hit('192.0.2.0/24')).current).toBe(3);
  });
});
