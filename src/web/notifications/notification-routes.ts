import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

/** The notification inbox under the signed-in layout. */
export function createNotificationRoutes<TParent extends AnyRoute>(parent: TParent) {
  const inbox = createRoute({
    getParentRoute: () => parent,
    path: '/notifications',
    component: lazyRouteComponent(() => import('./NotificationsPage'), 'NotificationsPage'),
  });
  return [inbox] as const;
}
