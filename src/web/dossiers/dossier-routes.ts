import { createRoute, type AnyRoute } from '@tanstack/react-router';
import './dossier-i18n';
import { DossierPage } from './DossierPage';
import { DossiersPage } from './DossiersPage';

/** The dossier screens under the signed-in layout: `/dossiers` and `/dossiers/$dossierId`. */
export function createDossierRoutes<TParent extends AnyRoute>(parent: TParent) {
  const list = createRoute({ getParentRoute: () => parent, path: '/dossiers', component: DossiersPage });
  const detail = createRoute({
    getParentRoute: () => parent,
    path: '/dossiers/$dossierId',
    component: DossierPage,
  });
  return [list, detail] as const;
}
