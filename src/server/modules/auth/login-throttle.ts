/**
 * A per-key sliding window in memory (e.g. producer registrations or fake-stamp reports per client
 * address). Sign-in failures have their own progressive throttle: see SignInThrottle.
 */
export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly maxAttempts = 30,
    readonly windowMs = 60_000,
  ) {}

  /** Records an attempt; returns false when the key is over its budget. */
  tryAcquire(key: string, nowMs: number): boolean {
    const recent = (this.attempts.get(key) ?? []).filter((t) => nowMs - t < this.windowMs);
    if (recent.length >= this.maxAttempts) {
      this.attempts.set(key, recent);
      return false;
    }
    recent.push(nowMs);
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.prune(nowMs);
    return true;
  }

  private prune(nowMs: number): void {
    for (const [key, times] of this.attempts) {
      if (times.every((t) => nowMs - t >= this.windowMs)) this.attempts.delete(key);
    }
  }
}
