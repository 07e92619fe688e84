import { createRoute, type AnyRoute } from '@tanstack/react-router';
import './candidates-i18n';
import { CandidatePage } from './CandidatePage';
import { CandidatesPage } from './CandidatesPage';

/** Screens of 5★ candidates: the list with suggestions, and one candidate with its support plan. */
export function createCandidateRoutes<TParent extends AnyRoute>(parent: TParent) {
  const list = createRoute({
    getParentRoute: () => parent,
    path: '/five-star-candidates',
    component: CandidatesPage,
  });
  const one = createRoute({
    getParentRoute: () => parent,
    path: '/five-star-candidates/$candidateId',
    component: CandidatePage,
  });
  return [list, one] as const;
}
