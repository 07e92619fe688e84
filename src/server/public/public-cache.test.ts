import { describe, expect, it } from 'vitest';
import { LookupCache } from './public-cache';

/** A load the test finishes by hand, counting how often it ran. */
function controlledLoads<V>() {
  const pending: ((value: V) => void)[] = [];
  const counter = { calls: 0 };
  const load = () => {
    counter.calls += 1;
    return new Promise<V>((resolve) => pending.push(resolve));
  };
  return { load, pending, counter };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('public look-up cache', () => {
  it('answers 50 concurrent requests for one entry with one query, then from memory until the TTL', async () => {
    let now = 1_000;
    const cache = new LookupCache<string | null>({ ttlMs: 5_000, maxEntries: 100, nowMs: () => now });
    const { load, pending, counter } = controlledLoads<string | null>();
    const answers = Promise.all(Array.from({ length: 50 }, () => cache.getOrLoad('stamp', load)));
    await flush();
    expect(counter.calls).toBe(1);
    pending[0]!('answer');
    expect(new Set(await answers)).toEqual(new Set(['answer']));
    now = 5_999;
    expect(await cache.getOrLoad('stamp', load)).toBe('answer');
    expect(cache.peek('stamp')).toBe('answer');
    expect(counter.calls).toBe(1);
    now = 6_001;
    expect(cache.peek('stamp')).toBeUndefined();
    const reloaded = cache.getOrLoad('stamp', load);
    await flush();
    pending[1]!(null);
    // "Nothing known" is cached too.
    expect(await reloaded).toBeNull();
    expect(await cache.getOrLoad('stamp', load)).toBeNull();
    expect(counter.calls).toBe(2);
  });

  it('does not keep an answer loaded across an invalidation: the waiting requests get a fresh one', async () => {
    const cache = new LookupCache<string>({ ttlMs: 5_000, maxEntries: 100 });
    const { load, pending, counter } = controlledLoads<string>();
    const waiting = [cache.getOrLoad('certificate', load), cache.getOrLoad('certificate', load)];
    await flush();
    cache.clear(); // e.g. the certificate was revoked while the old row was being read
    pending[0]!('valid');
    await flush();
    expect(counter.calls).toBe(2);
    pending[1]!('revoked');
    expect(await Promise.all(waiting)).toEqual(['revoked', 'revoked']);
    expect(await cache.getOrLoad('certificate', load)).toBe('revoked');
    expect(counter.calls).toBe(2);
  });

  it('reports a failed load to its callers and stores nothing', async () => {
    const cache = new LookupCache<string>({ ttlMs: 5_000, maxEntries: 100 });
    await expect(cache.getOrLoad('stamp', () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect(cache.size).toBe(0);
    expect(await cache.getOrLoad('stamp', async () => 'back')).toBe('back');
  });

  it('replaces counted stamps in place, keeping their expiry, and leaves the others', async () => {
    let now = 1_000;
    const cache = new LookupCache<{ serial: string; scans: number } | null>({
      ttlMs: 5_000,
      maxEntries: 100,
      nowMs: () => now,
    });
    await cache.getOrLoad('a', async () => ({ serial: 'A', scans: 1 }));
    await cache.getOrLoad('b', async () => ({ serial: 'B', scans: 1 }));
    await cache.getOrLoad('none', async () => null);
    now = 4_000;
    cache.updateWhere((value) => (value?.serial === 'A' ? { ...value, scans: 7 } : undefined));
    expect(cache.peek('a')).toEqual({ serial: 'A', scans: 7 });
    expect(cache.peek('b')).toEqual({ serial: 'B', scans: 1 });
    expect(cache.peek('none')).toBeNull();
    now = 6_001;
    expect(cache.peek('a')).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const cache = new LookupCache<number>({ ttlMs: 5_000, maxEntries: 3 });
    for (const key of ['1', '2', '3']) await cache.getOrLoad(key, async () => Number(key));
    expect(cache.peek('1')).toBe(1); // used again: '2' is now the oldest
    await cache.getOrLoad('4', async () => 4);
    expect(cache.size).toBe(3);
    expect(cache.peek('2')).toBeUndefined();
    expect(cache.peek('1')).toBe(1);
  });
});
