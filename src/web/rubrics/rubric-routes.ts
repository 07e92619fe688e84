import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

/** The criteria screens under the signed-in layout: `/rubrics` and `/rubrics/$key`. */
export function createRubricRoutes<TParent extends AnyRoute>(parent: TParent) {
  const list = createRoute({
    getParentRoute: () => parent,
    path: '/rubrics',
    component: lazyRouteComponent(() => import('./RubricsPage'), 'RubricsPage'),
  });
  const detail = createRoute({
    getParentRoute: () => parent,
    path: '/rubrics/$key',
    component: lazyRouteComponent(() => import('./RubricVersionPage'), 'RubricVersionPage'),
  });
  return [list, detail] as const;
}
