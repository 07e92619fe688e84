import { createRoute, type AnyRoute } from '@tanstack/react-router';
import './programme-i18n';
import { IdeaCreatePage } from './IdeaCreatePage';
import { IdeaEditPage } from './IdeaEditPage';
import { IdeasPage } from './IdeasPage';
import { PlanCreatePage } from './PlanCreatePage';
import { PlanPage } from './PlanPage';
import { PlansPage } from './PlansPage';

/** Screens of the OCOP cycle before the dossier and of the yearly plans with their progress. */
export function createProgrammeRoutes<TParent extends AnyRoute>(parent: TParent) {
  const ideas = createRoute({ getParentRoute: () => parent, path: '/ideas', component: IdeasPage });
  const ideaNew = createRoute({
    getParentRoute: () => parent,
    path: '/ideas/new',
    component: IdeaCreatePage,
  });
  const ideaEdit = createRoute({
    getParentRoute: () => parent,
    path: '/ideas/$ideaId/edit',
    component: IdeaEditPage,
  });
  const plans = createRoute({ getParentRoute: () => parent, path: '/plans', component: PlansPage });
  const planNew = createRoute({
    getParentRoute: () => parent,
    path: '/plans/new',
    component: PlanCreatePage,
  });
  const plan = createRoute({ getParentRoute: () => parent, path: '/plans/$planId', component: PlanPage });
  return [ideas, ideaNew, ideaEdit, plans, planNew, plan] as const;
}
