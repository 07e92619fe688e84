import { z } from 'zod';
import { pingDatabase } from '../../../db/repositories/health.repository';
import type { AppInstance } from '../../context';
import { PUBLIC_ROUTE } from '../../route-config';

const HealthOutput = z.object({ status: z.literal('ok') });
const ReadyOutput = z.object({ status: z.enum(['ready', 'unavailable']), database: z.string() });

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers). */
export async function healthRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/healthz',
    {
      config: PUBLIC_ROUTE,
      schema: { operationId: 'health', tags: ['system'], response: { 200: HealthOutput } },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: PUBLIC_ROUTE,
      schema: { operationId: 'ready', tags: ['system'], response: { 200: ReadyOutput, 503: ReadyOutput } },
    },
    async (request, reply) => {
      try {
        await pingDatabase(app.deps.database.db);
        return { status: 'ready' as const, database: app.deps.database.kind };
      } catch (error) {
        request.log.error({ err: error }, 'database not ready');
        return reply.status(503).send({ status: 'unavailable' as const, database: app.deps.database.kind });
      }
    },
  );
  app.get(
    '/api/v1/hello',
    {
      config: PUBLIC_ROUTE,
      schema: { operationId: 'hello', tags: ['system'], response: { 200: HealthOutput } },
    },
    async () => ({ status: 'ok' as const }),
  );
}
