import type { Database, DatabaseHandle } from '../../db/database';
import { sweepSharedThrottles, updateThrottleTimes } from '../../db/repositories/shared-throttle.repository';
import {
  KEPT_FAILURES,
  SignInThrottle,
  throttleWaitMs,
  type SignInThrottleStore,
  type ThrottleKey,
} from '../modules/auth/sign-in-throttle';

/** How often (in begun attempts) forgotten keys are swept from the table. */
const SWEEP_EVERY = 500;

/**
 * The sign-in throttle counted in PostgreSQL, so that several processes behind one load balancer
 * allow the same number of attempts as one (the rules are those of SignInThrottle). The keys of an
 * attempt are locked while it is checked and recorded, so parallel guesses sent to different
 * processes still queue behind one another.
 */
export class SharedSignInThrottle implements SignInThrottleStore {
  private attemptsSinceSweep = 0;

  constructor(private readonly db: Database) {}

  async begin(keys: readonly ThrottleKey[], nowMs: number): Promise<number> {
    const wait = await updateThrottleTimes(
      this.db,
      keys.map(({ key }) => key),
      (current) => {
        const longest = Math.max(
          0,
          ...keys.map(({ key, rule }) => throttleWaitMs(current.get(key) ?? [], rule, nowMs)),
        );
        const next = new Map<string, { times: number[]; expiresAtMs: number }>();
        for (const { key, rule } of keys) {
          const kept = (current.get(key) ?? []).filter((t) => nowMs - t < rule.windowMs);
          const times = longest === 0 ? [...kept, nowMs].slice(-KEPT_FAILURES) : kept;
          next.set(key, { times, expiresAtMs: (times.at(-1) ?? nowMs) + rule.windowMs });
        }
        return { result: longest, next };
      },
    );
    this.attemptsSinceSweep += 1;
    if (this.attemptsSinceSweep >= SWEEP_EVERY) {
      this.attemptsSinceSweep = 0;
      await sweepSharedThrottles(this.db, new Date(nowMs));
    }
    return wait;
  }

  async forgive(key: string, startedMs: number): Promise<void> {
    await updateThrottleTimes(this.db, [key], (current) => {
      const times = [...(current.get(key) ?? [])];
      const index = times.lastIndexOf(startedMs);
      if (index >= 0) times.splice(index, 1);
      // The expiry stays a window after the newest failure: keep it as far out as before.
      const next = new Map([[key, { times, expiresAtMs: (times.at(-1) ?? startedMs) + 24 * 3_600_000 }]]);
      return { result: undefined, next };
    });
  }

  async clear(key: string): Promise<void> {
    await updateThrottleTimes(this.db, [key], () => ({ result: undefined, next: new Map() }));
  }
}

/** The sign-in throttle of a deployment: shared through PostgreSQL, or in memory on PGlite. */
export function signInThrottleFor(database: DatabaseHandle): SignInThrottleStore {
  return database.kind === 'postgres' ? new SharedSignInThrottle(database.db) : new SignInThrottle();
}
