import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

function parseRoundCreateSearch(search: Record<string, unknown>): { councilId?: string } {
  return typeof search.councilId === 'string' && search.councilId ? { councilId: search.councilId } : {};
}

/**
 * The standing office's set-up screens under the signed-in layout: councils, rounds (create from
 * the pool, assign, open) and the holiday calendar of working-day rules.
 */
export function createCouncilRoutes<TParent extends AnyRoute>(parent: TParent) {
  const councils = createRoute({
    getParentRoute: () => parent,
    path: '/councils',
    component: lazyRouteComponent(() => import('./CouncilsListPage'), 'CouncilsListPage'),
  });
  const councilNew = createRoute({
    getParentRoute: () => parent,
    path: '/councils/new',
    component: lazyRouteComponent(() => import('./CouncilCreatePage'), 'CouncilCreatePage'),
  });
  const council = createRoute({
    getParentRoute: () => parent,
    path: '/councils/$councilId',
    component: lazyRouteComponent(() => import('./CouncilDetailPage'), 'CouncilDetailPage'),
  });
  const councilEdit = createRoute({
    getParentRoute: () => parent,
    path: '/councils/$councilId/edit',
    component: lazyRouteComponent(() => import('./CouncilEditPage'), 'CouncilEditPage'),
  });
  const rounds = createRoute({
    getParentRoute: () => parent,
    path: '/rounds',
    component: lazyRouteComponent(() => import('./RoundsListPage'), 'RoundsListPage'),
  });
  const roundNew = createRoute({
    getParentRoute: () => parent,
    path: '/rounds/new',
    validateSearch: parseRoundCreateSearch,
    component: lazyRouteComponent(() => import('./RoundCreatePage'), 'RoundCreatePage'),
  });
  const round = createRoute({
    getParentRoute: () => parent,
    path: '/rounds/$roundId',
    component: lazyRouteComponent(() => import('./RoundDetailPage'), 'RoundDetailPage'),
  });
  const holidays = createRoute({
    getParentRoute: () => parent,
    path: '/holidays',
    component: lazyRouteComponent(() => import('./HolidaysPage'), 'HolidaysPage'),
  });
  return [councils, councilNew, council, councilEdit, rounds, roundNew, round, holidays] as const;
}
