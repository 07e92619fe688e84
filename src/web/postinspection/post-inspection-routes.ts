import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import './post-inspection-i18n';

/** Post-inspection and revocation screens under the signed-in layout. */
export function createPostInspectionRoutes<TParent extends AnyRoute>(parent: TParent) {
  const inspections = createRoute({
    getParentRoute: () => parent,
    path: '/inspections',
    component: lazyRouteComponent(() => import('./InspectionsPage'), 'InspectionsPage'),
  });
  const newInspection = createRoute({
    getParentRoute: () => parent,
    path: '/inspections/new',
    component: lazyRouteComponent(() => import('./InspectionFormPage'), 'InspectionFormPage'),
  });
  const inspection = createRoute({
    getParentRoute: () => parent,
    path: '/inspections/$inspectionId',
    component: lazyRouteComponent(() => import('./InspectionPage'), 'InspectionPage'),
  });
  const revocations = createRoute({
    getParentRoute: () => parent,
    path: '/revocations',
    component: lazyRouteComponent(() => import('./RevocationsPage'), 'RevocationsPage'),
  });
  return [inspections, newInspection, inspection, revocations] as const;
}
