import { createRoute, type AnyRoute } from '@tanstack/react-router';
import './news-i18n';
import { NewsCreatePage, NewsEditPage } from './NewsEditorPages';
import { NewsPage } from './NewsPage';

/** Screens of the standing office's news: list with review / publish, drafting, editing. */
export function createNewsRoutes<TParent extends AnyRoute>(parent: TParent) {
  const list = createRoute({ getParentRoute: () => parent, path: '/news', component: NewsPage });
  const create = createRoute({ getParentRoute: () => parent, path: '/news/new', component: NewsCreatePage });
  const edit = createRoute({
    getParentRoute: () => parent,
    path: '/news/$articleId/edit',
    component: NewsEditPage,
  });
  return [list, create, edit] as const;
}
