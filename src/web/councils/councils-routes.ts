import { createRoute, type AnyRoute } from '@tanstack/react-router';
import './councils-i18n';
import { CouncilCreatePage } from './CouncilCreatePage';
import { CouncilDetailPage } from './CouncilDetailPage';
import { CouncilEditPage } from './CouncilEditPage';
import { CouncilsListPage } from './CouncilsListPage';
import { HolidaysPage } from './HolidaysPage';
import { RoundCreatePage } from './RoundCreatePage';
import { RoundDetailPage } from './RoundDetailPage';
import { RoundsListPage } from './RoundsListPage';

function parseRoundCreateSearch(search: Record<string, unknown>): { councilId?: string } {
  return typeof search.councilId === 'string' && search.councilId ? { councilId: search.councilId } : {};
}

/**
 * The standing office's set-up screens under the signed-in layout: councils, rounds (create from
 * the pool, assign, open) and the holiday calendar of working-day rules.
 */
export function createCouncilRoutes<TParent extends AnyRoute>(parent: TParent) {
  const councils = createRoute({
    getParentRoute: () => parent,
    path: '/councils',
    component: CouncilsListPage,
  });
  const councilNew = createRoute({
    getParentRoute: () => parent,
    path: '/councils/new',
    component: CouncilCreatePage,
  });
  const council = createRoute({
    getParentRoute: () => parent,
    path: '/councils/$councilId',
    component: CouncilDetailPage,
  });
  const councilEdit = createRoute({
    getParentRoute: () => parent,
    path: '/councils/$councilId/edit',
    component: CouncilEditPage,
  });
  const rounds = createRoute({ getParentRoute: () => parent, path: '/rounds', component: RoundsListPage });
  const roundNew = createRoute({
    getParentRoute: () => parent,
    path: '/rounds/new',
    validateSearch: parseRoundCreateSearch,
    component: RoundCreatePage,
  });
  const round = createRoute({
    getParentRoute: () => parent,
    path: '/rounds/$roundId',
    component: RoundDetailPage,
  });
  const holidays = createRoute({ getParentRoute: () => parent, path: '/holidays', component: HolidaysPage });
  return [councils, councilNew, council, councilEdit, rounds, roundNew, round, holidays] as const;
}
