import { createRoute, type AnyRoute } from '@tanstack/react-router';
import './evaluation-i18n';
import { ChairPage } from './ChairPage';
import { ConsultancyLinksPage } from './ConsultancyLinksPage';
import { DecisionsPage } from './DecisionsPage';
import { ScoreSheetPage } from './ScoreSheetPage';
import { ScoringListPage } from './ScoringListPage';

/**
 * The council screens under the signed-in layout: the member's work list and score sheet, the
 * chair's view of a round, the decisions, and the consultancy links behind conflict hints.
 */
export function createEvaluationRoutes<TParent extends AnyRoute>(parent: TParent) {
  const list = createRoute({ getParentRoute: () => parent, path: '/evaluation', component: ScoringListPage });
  const sheet = createRoute({
    getParentRoute: () => parent,
    path: '/evaluation/rounds/$roundId/products/$productId',
    component: ScoreSheetPage,
  });
  const chair = createRoute({
    getParentRoute: () => parent,
    path: '/evaluation/rounds/$roundId/chair',
    component: ChairPage,
  });
  const decisions = createRoute({
    getParentRoute: () => parent,
    path: '/decisions',
    component: DecisionsPage,
  });
  const consultancy = createRoute({
    getParentRoute: () => parent,
    path: '/consultancy-links',
    component: ConsultancyLinksPage,
  });
  return [list, sheet, chair, decisions, consultancy] as const;
}
