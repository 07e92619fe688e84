import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

/** Screens of the standing office's news: list with review / publish, drafting, editing. */
export function createNewsRoutes<TParent extends AnyRoute>(parent: TParent) {
  const list = createRoute({
    getParentRoute: () => parent,
    path: '/news',
    component: lazyRouteComponent(() => import('./NewsPage'), 'NewsPage'),
  });
  const create = createRoute({
    getParentRoute: () => parent,
    path: '/news/new',
    component: lazyRouteComponent(() => import('./NewsEditorPages'), 'NewsCreatePage'),
  });
  const edit = createRoute({
    getParentRoute: () => parent,
    path: '/news/$articleId/edit',
    component: lazyRouteComponent(() => import('./NewsEditorPages'), 'NewsEditPage'),
  });
  return [list, create, edit] as const;
}
