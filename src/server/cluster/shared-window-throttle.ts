import type { Database, DatabaseHandle } from '../../db/database';
import { countRateLimitHit } from '../../db/repositories/shared-throttle.repository';
import { LoginThrottle } from '../modules/auth/login-throttle';

/** A per-key budget of requests per window (producer registrations per address, …). */
export interface WindowThrottle {
  /** Counts an attempt under `key`; false when the key is over its budget. */
  tryAcquire(key: string, nowMs: number): boolean | Promise<boolean>;
}

/**
 * The budget counted in PostgreSQL (`shared_rate_limits`), so several processes allow it once
 * for the deployment, not once each. Fixed windows starting at a key's first attempt.
 */
export class SharedWindowThrottle implements WindowThrottle {
  constructor(
    private readonly db: Database,
    private readonly name: string,
    private readonly maxAttempts: number,
    private readonly windowMs: number,
  ) {}

  async tryAcquire(key: string, nowMs: number): Promise<boolean> {
    const { hits } = await countRateLimitHit(this.db, {
      key: `${this.name}:${key}`,
      nowMs,
      windowMs: this.windowMs,
    });
    return hits <= this.maxAttempts;
  }
}

/** `maxAttempts` per `windowMs` per key: shared through PostgreSQL, or in memory on PGlite. */
export function windowThrottleFor(
  database: DatabaseHandle,
  name: string,
  maxAttempts: number,
  windowMs: number,
): WindowThrottle {
  return database.kind === 'postgres'
    ? new SharedWindowThrottle(database.db, name, maxAttempts, windowMs)
    : new LoginThrottle(maxAttempts, windowMs);
}
