import { createRoute, type AnyRoute } from '@tanstack/react-router';
import './promotion-i18n';
import { ConsultantCreatePage } from './ConsultantCreatePage';
import { ConsultantsPage } from './ConsultantsPage';
import { PointOfSaleCreatePage } from './PointOfSaleCreatePage';
import { PointsOfSalePage } from './PointsOfSalePage';
import { TradeEventCreatePage } from './TradeEventCreatePage';
import { TradeEventsPage } from './TradeEventsPage';
import { TrainingCourseCreatePage } from './TrainingCourseCreatePage';
import { TrainingCoursesPage } from './TrainingCoursesPage';
import { TradePromotionPlanPage } from './TradePromotionPlanPage';

/** Screens of running the programme: training, consultants, trade events, points of sale. */
export function createPromotionRoutes<TParent extends AnyRoute>(parent: TParent) {
  const training = createRoute({
    getParentRoute: () => parent,
    path: '/training',
    component: TrainingCoursesPage,
  });
  const trainingNew = createRoute({
    getParentRoute: () => parent,
    path: '/training/new',
    component: TrainingCourseCreatePage,
  });
  const consultants = createRoute({
    getParentRoute: () => parent,
    path: '/consultants',
    component: ConsultantsPage,
  });
  const consultantsNew = createRoute({
    getParentRoute: () => parent,
    path: '/consultants/new',
    component: ConsultantCreatePage,
  });
  const events = createRoute({
    getParentRoute: () => parent,
    path: '/trade-events',
    component: TradeEventsPage,
  });
  const eventsNew = createRoute({
    getParentRoute: () => parent,
    path: '/trade-events/new',
    component: TradeEventCreatePage,
  });
  const points = createRoute({
    getParentRoute: () => parent,
    path: '/points-of-sale',
    component: PointsOfSalePage,
  });
  const pointsNew = createRoute({
    getParentRoute: () => parent,
    path: '/points-of-sale/new',
    component: PointOfSaleCreatePage,
  });
  const tradePlan = createRoute({
    getParentRoute: () => parent,
    path: '/trade-promotion-plan',
    component: TradePromotionPlanPage,
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
