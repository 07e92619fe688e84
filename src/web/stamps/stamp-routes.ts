import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

/** The stamp screens under the signed-in layout: batches, ordering, one batch, reports of fakes. */
export function createStampRoutes<TParent extends AnyRoute>(parent: TParent) {
  const list = createRoute({
    getParentRoute: () => parent,
    path: '/stamps',
    component: lazyRouteComponent(() => import('./StampBatchesPage'), 'StampBatchesPage'),
  });
  const order = createRoute({
    getParentRoute: () => parent,
    path: '/stamps/new',
    component: lazyRouteComponent(() => import('./OrderStampBatchPage'), 'OrderStampBatchPage'),
  });
  const reports = createRoute({
    getParentRoute: () => parent,
    path: '/stamps/reports',
    component: lazyRouteComponent(() => import('./StampReportsPage'), 'StampReportsPage'),
  });
  const detail = createRoute({
    getParentRoute: () => parent,
    path: '/stamps/$batchId',
    component: lazyRouteComponent(() => import('./StampBatchPage'), 'StampBatchPage'),
  });
  return [list, order, reports, detail] as const;
}
