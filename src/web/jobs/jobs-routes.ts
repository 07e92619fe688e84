import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

/** The administrators' background jobs screen. */
export function createJobsRoutes<TParent extends AnyRoute>(parent: TParent) {
  const jobs = createRoute({
    getParentRoute: () => parent,
    path: '/jobs',
    component: lazyRouteComponent(() => import('./JobsPage'), 'JobsPage'),
  });
  return [jobs] as const;
}
