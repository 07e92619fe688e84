/**
 * What guards the resolver against serial enumeration: a per-network limit (stamp-throttle.ts) and
 * the record of unknown serials looked up per network (lookup-miss-recorder.ts), which the standing
 * office reads. Kept apart from the resolver's own routes, which answer only what a code means.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../context';
import { lookupMissRecorderOf } from '../modules/stamps/lookup-miss-recorder';
import { perNetworkLimit, registerStampThrottle, resolverLimitOf } from './stamp-throttle';

const RESOLVER_LIMIT_WINDOW_MS = 60_000;

export async function resolverGuardOf(app: AppInstance) {
  const settings = resolverLimitOf(app.deps.config);
  const misses = lookupMissRecorderOf(app.deps, app.log);
  app.addHook('onClose', async () => misses.flush());
  await registerStampThrottle(app);
  return {
    /** The per-network limit of the routes it guards. */
    limit: { max: settings.perNetworkPerMinute, windowMs: RESOLVER_LIMIT_WINDOW_MS },
    routeOptions: perNetworkLimit({
      max: settings.perNetworkPerMinute,
      timeWindowMs: RESOLVER_LIMIT_WINDOW_MS,
      onRefused: (request) => misses.recordThrottled({ ip: request.ip, at: app.deps.clock() }),
    }),
    /** Records a look-up of a serial nobody issued (province of the lot named, when known); returns `answer`. */
    unknownSerial<T extends FastifyReply>(
      request: FastifyRequest,
      provinceUnitId: string | null,
      answer: T,
    ): T {
      misses.recordMiss({ ip: request.ip, provinceUnitId, at: app.deps.clock() });
      return answer;
    },
  };
}
