import { describe, expect, it } from 'vitest';
import { SignInThrottle, type ThrottleRule } from './sign-in-throttle';

const rule: ThrottleRule = { freeFailures: 3, firstDelayMs: 1_000, maxDelayMs: 8_000, windowMs: 60_000 };
const key = [{ key: 'k', rule }];

describe('SignInThrottle', () => {
  it('lets the free failures through, then doubles the wait up to the maximum', () => {
    const throttle = new SignInThrottle();
    let now = 0;
    for (let i = 0; i < 3; i += 1) expect(throttle.begin(key, now)).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const wait = throttle.begin(key, now);
      waits.push(wait);
      now += wait;
      expect(throttle.begin(key, now)).toBe(0);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
  });

  it('counts an attempt from its start, so a parallel burst cannot slip past', () => {
    const throttle = new SignInThrottle();
    const answers = Array.from({ length: 10 }, () => throttle.begin(key, 0));
    expect(answers.filter((wait) => wait === 0)).toHaveLength(3);
  });

  it('forgets a forgiven attempt, a cleared key and failures older than the window', () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 3; i += 1) throttle.begin(key, i);
    throttle.forgive('k', 2);
    expect(throttle.begin(key, 3)).toBe(0);
    expect(throttle.begin(key, 4)).toBeGreaterThan(0);
    throttle.clear('k');
    expect(throttle.begin(key, 5)).toBe(0);
    for (let i = 0; i < 3; i += 1) throttle.begin(key, 10 + i);
    expect(throttle.begin(key, 13)).toBeGreaterThan(0);
    expect(throttle.begin(key, 70_000)).toBe(0);
  });

  it('refuses when any key must wait, and then records nothing', () => {
    const throttle = new SignInThrottle();
    const other = { key: 'other', rule };
    for (let i = 0; i < 3; i += 1) throttle.begin(key, 0);
    expect(throttle.begin([...key, other], 0)).toBe(1_000);
    for (let i = 0; i < 3; i += 1) expect(throttle.begin([other], 0)).toBe(0);
  });

  it('stays bounded under a flood of sources, keeping the keys knocked on most recently', () => {
    const throttle = new SignInThrottle();
    const idle = [{ key: 'idle', rule }];
    for (let i = 0; i < 3; i += 1) {
      throttle.begin(idle, 0);
      throttle.begin(key, 0);
    }
    for (let i = 0; i < 60_000; i += 1) {
      throttle.begin([{ key: `flood-${i}`, rule }], 1);
      // The attacker keeps knocking on the key it is locked out of.
      if (i % 10_000 === 0) expect(throttle.begin(key, 1)).toBeGreaterThan(0);
    }
    expect(throttle.begin(key, 2)).toBeGreaterThan(0);
    expect(throttle.begin(idle, 2)).toBe(0);
  });
});
