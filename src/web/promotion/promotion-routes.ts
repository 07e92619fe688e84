import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

/** Screens of running the programme: training, consultants, trade events, points of sale. */
export function createPromotionRoutes<TParent extends AnyRoute>(parent: TParent) {
  const training = createRoute({
    getParentRoute: () => parent,
    path: '/training',
    component: lazyRouteComponent(() => import('./TrainingCoursesPage'), 'TrainingCoursesPage'),
  });
  const trainingNew = createRoute({
    getParentRoute: () => parent,
    path: '/training/new',
    component: lazyRouteComponent(() => import('./TrainingCourseCreatePage'), 'TrainingCourseCreatePage'),
  });
  const consultants = createRoute({
    getParentRoute: () => parent,
    path: '/consultants',
    component: lazyRouteComponent(() => import('./ConsultantsPage'), 'ConsultantsPage'),
  });
  const consultantsNew = createRoute({
    getParentRoute: () => parent,
    path: '/consultants/new',
    component: lazyRouteComponent(() => import('./ConsultantCreatePage'), 'ConsultantCreatePage'),
  });
  const events = createRoute({
    getParentRoute: () => parent,
    path: '/trade-events',
    component: lazyRouteComponent(() => import('./TradeEventsPage'), 'TradeEventsPage'),
  });
  const eventsNew = createRoute({
    getParentRoute: () => parent,
    path: '/trade-events/new',
    component: lazyRouteComponent(() => import('./TradeEventCreatePage'), 'TradeEventCreatePage'),
  });
  const points = createRoute({
    getParentRoute: () => parent,
    path: '/points-of-sale',
    component: lazyRouteComponent(() => import('./PointsOfSalePage'), 'PointsOfSalePage'),
  });
  const pointsNew = createRoute({
    getParentRoute: () => parent,
    path: '/points-of-sale/new',
    component: lazyRouteComponent(() => import('./PointOfSaleCreatePage'), 'PointOfSaleCreatePage'),
  });
  const tradePlan = createRoute({
    getParentRoute: () => parent,
    path: '/trade-promotion-plan',
    component: lazyRouteComponent(() => import('./TradePromotionPlanPage'), 'TradePromotionPlanPage'),
  });
  return [
    training,
    trainingNew,
    consultants,
    consultantsNew,
    events,
    eventsNew,
    points,
    pointsNew,
    tradePlan,
  ] as const;
}
