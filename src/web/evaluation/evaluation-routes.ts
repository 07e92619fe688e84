import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

/**
 * The council screens under the signed-in layout: the member's work list and score sheet, the
 * chair's view of a round, the decisions, and the consultancy links behind conflict hints.
 */
export function createEvaluationRoutes<TParent extends AnyRoute>(parent: TParent) {
  const list = createRoute({
    getParentRoute: () => parent,
    path: '/evaluation',
    component: lazyRouteComponent(() => import('./ScoringListPage'), 'ScoringListPage'),
  });
  const sheet = createRoute({
    getParentRoute: () => parent,
    path: '/evaluation/rounds/$roundId/products/$productId',
    component: lazyRouteComponent(() => import('./ScoreSheetPage'), 'ScoreSheetPage'),
  });
  const chair = createRoute({
    getParentRoute: () => parent,
    path: '/evaluation/rounds/$roundId/chair',
    component: lazyRouteComponent(() => import('./ChairPage'), 'ChairPage'),
  });
  const decisions = createRoute({
    getParentRoute: () => parent,
    path: '/decisions',
    component: lazyRouteComponent(() => import('./DecisionsPage'), 'DecisionsPage'),
  });
  const consultancy = createRoute({
    getParentRoute: () => parent,
    path: '/consultancy-links',
    component: lazyRouteComponent(() => import('./ConsultancyLinksPage'), 'ConsultancyLinksPage'),
  });
  return [list, sheet, chair, decisions, consultancy] as const;
}
