import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { parseEvidenceSearch, parseProducersSearch, parseProductsSearch } from './registry-search';

/** The registry screens under the signed-in layout: producers, products, evidence, bulk import. */
export function createRegistryRoutes<TParent extends AnyRoute>(parent: TParent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: '/producers',
      validateSearch: parseProducersSearch,
      component: lazyRouteComponent(() => import('./ProducersPage'), 'ProducersPage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: '/producers/new',
      component: lazyRouteComponent(() => import('./ProducerFormPage'), 'ProducerCreatePage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: '/producers/import',
      component: lazyRouteComponent(() => import('./ImportPage'), 'ImportPage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: '/producers/$producerId',
      validateSearch: parseEvidenceSearch,
      component: lazyRouteComponent(() => import('./ProducerPage'), 'ProducerPage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: '/producers/$producerId/edit',
      component: lazyRouteComponent(() => import('./ProducerFormPage'), 'ProducerEditPage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: '/producers/$producerId/products/new',
      component: lazyRouteComponent(() => import('./ProductPages'), 'ProductCreatePage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: '/products',
      validateSearch: parseProductsSearch,
      component: lazyRouteComponent(() => import('./ProductPages'), 'ProductsPage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: '/products/$productId',
      component: lazyRouteComponent(() => import('./ProductPages'), 'ProductPage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: '/products/$productId/edit',
      component: lazyRouteComponent(() => import('./ProductPages'), 'ProductEditPage'),
    }),
  ] as const;
}

/** The public registry pages (no sign-in): `/register` and `/confirm-registration?token=…`. */
export function createRegistryPublicRoutes<TParent extends AnyRoute>(parent: TParent) {
  const register = createRoute({
    getParentRoute: () => parent,
    path: '/register',
    component: lazyRouteComponent(() => import('./RegisterPage'), 'RegisterPage'),
  });
  const confirm = createRoute({
    getParentRoute: () => parent,
    path: '/confirm-registration',
    validateSearch: (search: Record<string, unknown>): { token?: string } =>
      typeof search.token === 'string' && search.token !== '' ? { token: search.token } : {},
    component: lazyRouteComponent(() => import('./ConfirmRegistrationPage'), 'ConfirmRegistrationPage'),
  });
  return [register, confirm] as const;
}
