import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

/** The dossier screens under the signed-in layout: `/dossiers` and `/dossiers/$dossierId`. */
export function createDossierRoutes<TParent extends AnyRoute>(parent: TParent) {
  const list = createRoute({
    getParentRoute: () => parent,
    path: '/dossiers',
    component: lazyRouteComponent(() => import('./DossiersPage'), 'DossiersPage'),
  });
  const detail = createRoute({
    getParentRoute: () => parent,
    path: '/dossiers/$dossierId',
    component: lazyRouteComponent(() => import('./DossierPage'), 'DossierPage'),
  });
  return [list, detail] as const;
}
