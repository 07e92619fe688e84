/**
 * How many failed sign-ins a key may have before it must wait, and how the wait grows: after
 * `freeFailures` failures within `windowMs`, each further failure doubles the wait, starting at
 * `firstDelayMs` and never above `maxDelayMs`. Failures older than `windowMs` are forgotten.
 */
export interface ThrottleRule {
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  windowMs: number;
}

/**
 * One account from one network (IPv4 /24, IPv6 /48): five tries, then 1 s, 2 s, 4 s … up to
 * 15 minutes. Only this pair waits — the owner signing in from another network is not slowed —
 * and a successful sign-in from the network clears it.
 */
export const ACCOUNT_NETWORK_RULE: ThrottleRule = {
  freeFailures: 5,
  firstDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  windowMs: 24 * 3_600_000,
};

/**
 * One client (IPv4 address, IPv6 /64) across all accounts — password spraying: fifty failures
 * within 15 minutes (room for a training class behind one office address mistyping at first),
 * then 1 min, 2 min … up to 15 minutes.
 */
export const SOURCE_RULE: ThrottleRule = {
  freeFailures: 50,
  firstDelayMs: 60_000,
  maxDelayMs: 15 * 60_000,
  windowMs: 15 * 60_000,
};

/** Enough recent failures per key to reach any rule's longest wait; older ones are dropped. */
export const KEPT_FAILURES = 64;
/** Above this many keys, forgotten ones are swept, then the least recently tried go. */
const MAX_KEYS = 50_000;

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
}

/**
 * How long a key with these failure times (oldest first) must still wait at `nowMs` under `rule`
 * (0: it may try now).
 */
export function throttleWaitMs(failureTimes: readonly number[], rule: ThrottleRule, nowMs: number): number {
  const times = failureTimes.filter((t) => nowMs - t < rule.windowMs);
  const last = times.at(-1);
  if (last === undefined || times.length < rule.freeFailures) return 0;
  const delay = Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** (times.length - rule.freeFailures));
  return Math.max(0, last + delay - nowMs);
}

/**
 * Where sign-in failures are counted: this process's memory ({@link SignInThrottle}, one process
 * on PGlite) or PostgreSQL, shared by every process (SharedSignInThrottle).
 */
export interface SignInThrottleStore {
  /** See {@link SignInThrottle.begin}. */
  begin(keys: readonly ThrottleKey[], nowMs: number): number | Promise<number>;
  forgive(key: string, startedMs: number): void | Promise<void>;
  clear(key: string): void | Promise<void>;
}

/**
 * Per-process memory of failed sign-ins with a progressive delay per key (see the rules above).
 * An attempt counts as a failure from the moment it starts — so a burst of parallel guesses cannot
 * slip past the check — and is forgiven when the password turns out right. The clock is passed in,
 * so tests move time with the app's clock.
 */
export class SignInThrottle implements SignInThrottleStore {
  private readonly failures = new Map<string, { rule: ThrottleRule; times: number[] }>();

  /**
   * Starts an attempt under every key: when one of them must still wait, nothing is recorded and
   * the longest wait in milliseconds is returned; otherwise the attempt is recorded and 0 returned.
   */
  begin(keys: readonly ThrottleKey[], nowMs: number): number {
    const wait = Math.max(0, ...keys.map(({ key, rule }) => this.waitFor(key, rule, nowMs)));
    for (const { key, rule } of keys) {
      const entry = this.failures.get(key) ?? { rule, times: [] };
      if (wait === 0) {
        entry.times.push(nowMs);
        if (entry.times.length > KEPT_FAILURES) entry.times.shift();
      }
      // Re-inserted, refused or not, so the map runs from least to most recently tried: a sweep
      // drops idle keys first, never one an attacker keeps knocking on.
      this.failures.delete(key);
      if (entry.times.length > 0) this.failures.set(key, entry);
    }
    if (this.failures.size > MAX_KEYS) this.sweep(nowMs);
    return wait;
  }

  /** The attempt begun at `startedMs` was not a wrong password: it no longer counts under `key`. */
  forgive(key: string, startedMs: number): void {
    const times = this.failures.get(key)?.times;
    const index = times?.lastIndexOf(startedMs) ?? -1;
    if (index >= 0) times!.splice(index, 1);
  }

  /** Forgets every failure under `key` (the right password was given from there). */
  clear(key: string): void {
    this.failures.delete(key);
  }

  private waitFor(key: string, rule: ThrottleRule, nowMs: number): number {
    return throttleWaitMs(this.failures.get(key)?.times ?? [], rule, nowMs);
  }

  private sweep(nowMs: number): void {
    for (const [key, { rule, times }] of this.failures) {
      if (times.every((t) => nowMs - t >= rule.windowMs)) this.failures.delete(key);
    }
    // Still too many (many sources at once): drop the least recently tried keys, down to 90 % so
    // the next sweep is some time away, and keep memory bounded.
    for (const key of this.failures.keys()) {
      if (this.failures.size <= MAX_KEYS * 0.9) break;
      this.failures.delete(key);
    }
  }
}
