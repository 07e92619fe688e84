import { createRoute, type AnyRoute } from '@tanstack/react-router';
import './stamp-i18n';
import { OrderStampBatchPage } from './OrderStampBatchPage';
import { StampBatchPage } from './StampBatchPage';
import { StampBatchesPage } from './StampBatchesPage';
import { StampReportsPage } from './StampReportsPage';

/** The stamp screens under the signed-in layout: batches, ordering, one batch, reports of fakes. */
export function createStampRoutes<TParent extends AnyRoute>(parent: TParent) {
  const list = createRoute({ getParentRoute: () => parent, path: '/stamps', component: StampBatchesPage });
  const order = createRoute({
    getParentRoute: () => parent,
    path: '/stamps/new',
    component: OrderStampBatchPage,
  });
  const reports = createRoute({
    getParentRoute: () => parent,
    path: '/stamps/reports',
    component: StampReportsPage,
  });
  const detail = createRoute({
    getParentRoute: () => parent,
    path: '/stamps/$batchId',
    component: StampBatchPage,
  });
  return [list, order, reports, detail] as const;
}
