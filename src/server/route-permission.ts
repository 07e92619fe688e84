import type { FastifyInstance } from 'fastify';
import { canAnywhere, type Action } from '../domain/access/permissions';
import { forbidden } from '../domain/errors';
import { requireActor } from './context';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The permission a route needs somewhere (403 without it, before any look-up); the use case
     * then checks the resource's unit (404 outside the caller's jurisdiction).
     */
    requiredPermission?: Action;
  }
}

/** Enforces `config.requiredPermission` on the routes of the plugin scope it is added to. */
export function enforceRequiredPermissions(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const permission = request.routeOptions.config.requiredPermission;
    if (permission !== undefined && !canAnywhere(requireActor(request), permission)) throw forbidden();
  });
}
