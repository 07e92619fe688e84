import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

/** Screens of the OCOP cycle before the dossier and of the yearly plans with their progress. */
export function createProgrammeRoutes<TParent extends AnyRoute>(parent: TParent) {
  const ideas = createRoute({
    getParentRoute: () => parent,
    path: '/ideas',
    component: lazyRouteComponent(() => import('./IdeasPage'), 'IdeasPage'),
  });
  const ideaNew = createRoute({
    getParentRoute: () => parent,
    path: '/ideas/new',
    component: lazyRouteComponent(() => import('./IdeaCreatePage'), 'IdeaCreatePage'),
  });
  const ideaEdit = createRoute({
    getParentRoute: () => parent,
    path: '/ideas/$ideaId/edit',
    component: lazyRouteComponent(() => import('./IdeaEditPage'), 'IdeaEditPage'),
  });
  const plans = createRoute({
    getParentRoute: () => parent,
    path: '/plans',
    component: lazyRouteComponent(() => import('./PlansPage'), 'PlansPage'),
  });
  const planNew = createRoute({
    getParentRoute: () => parent,
    path: '/plans/new',
    component: lazyRouteComponent(() => import('./PlanCreatePage'), 'PlanCreatePage'),
  });
  const plan = createRoute({
    getParentRoute: () => parent,
    path: '/plans/$planId',
    component: lazyRouteComponent(() => import('./PlanPage'), 'PlanPage'),
  });
  return [ideas, ideaNew, ideaEdit, plans, planNew, plan] as const;
}
