import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

/** Screens of 5★ candidates: the list with suggestions, and one candidate with its support plan. */
export function createCandidateRoutes<TParent extends AnyRoute>(parent: TParent) {
  const list = createRoute({
    getParentRoute: () => parent,
    path: '/five-star-candidates',
    component: lazyRouteComponent(() => import('./CandidatesPage'), 'CandidatesPage'),
  });
  const one = createRoute({
    getParentRoute: () => parent,
    path: '/five-star-candidates/$candidateId',
    component: lazyRouteComponent(() => import('./CandidatePage'), 'CandidatePage'),
  });
  return [list, one] as const;
}
