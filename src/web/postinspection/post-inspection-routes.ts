import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

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
  const marketCases = createRoute({
    getParentRoute: () => parent,
    path: '/market-cases',
    component: lazyRouteComponent(() => import('./MarketCasesPage'), 'MarketCasesPage'),
  });
  const newMarketCase = createRoute({
    getParentRoute: () => parent,
    path: '/market-cases/new',
    component: lazyRouteComponent(() => import('./MarketCaseFormPage'), 'MarketCaseFormPage'),
  });
  const marketCase = createRoute({
    getParentRoute: () => parent,
    path: '/market-cases/$caseId',
    component: lazyRouteComponent(() => import('./MarketCasePage'), 'MarketCasePage'),
  });
  return [
    inspections,
    newInspection,
    inspection,
    revocations,
    marketCases,
    newMarketCase,
    marketCase,
  ] as const;
}
