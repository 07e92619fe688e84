import { ListNotificationsOutput, ListNotificationsQuery } from '../../../contracts/dossiers.contracts';
import { OkOutput } from '../../../contracts/auth.contracts';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import { listNotificationsOf, markNotificationsRead } from '../../../db/repositories/dossiers.repository';
import { dbOf, requireActor, type AppInstance } from '../../context';

const tags = ['notifications'];

/** In-app notifications of the signed-in account (each account sees only its own). */
export async function notificationRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        tags,
        querystring: ListNotificationsQuery,
        response: { 200: ListNotificationsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { rows, unreadCount } = await listNotificationsOf(
        dbOf(request),
        requireActor(request).accountId,
        request.query.unreadOnly === 'true',
        request.query.limit,
      );
      return {
        items: rows.map((n) => ({
          ...n,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
        unreadCount,
      };
    },
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      schema: {
        operationId: 'markNotificationRead',
        tags,
        params: IdParams,
        response: { 200: OkOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await markNotificationsRead(
        dbOf(request),
        requireActor(request).accountId,
        [request.params.id],
        app.deps.clock(),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      schema: {
        operationId: 'markAllNotificationsRead',
        tags,
        response: { 200: OkOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await markNotificationsRead(
        dbOf(request),
        requireActor(request).accountId,
        undefined,
        app.deps.clock(),
      );
      return { ok: true as const };
    },
  );
}
