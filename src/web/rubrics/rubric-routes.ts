import { createRoute, type AnyRoute } from '@tanstack/react-router';
import './rubric-i18n';
import { RubricsPage } from './RubricsPage';
import { RubricVersionPage } from './RubricVersionPage';

/** The criteria screens under the signed-in layout: `/rubrics` and `/rubrics/$key`. */
export function createRubricRoutes<TParent extends AnyRoute>(parent: TParent) {
  const list = createRoute({ getParentRoute: () => parent, path: '/rubrics', component: RubricsPage });
  const detail = createRoute({
    getParentRoute: () => parent,
    path: '/rubrics/$key',
    component: RubricVersionPage,
  });
  return [list, detail] as const;
}
