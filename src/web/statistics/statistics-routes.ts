import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { parseStatisticsSearch } from './statistics-search';

/** The statistics screen under the signed-in layout: map with drill-down, figures by stars and status. */
export function createStatisticsRoutes<TParent extends AnyRoute>(parent: TParent) {
  const page = createRoute({
    getParentRoute: () => parent,
    path: '/statistics',
    validateSearch: parseStatisticsSearch,
    component: lazyRouteComponent(() => import('./StatisticsPage'), 'StatisticsPage'),
  });
  return [page] as const;
}
