import { createRoute, type AnyRoute } from '@tanstack/react-router';
import './registry-i18n';
import { ConfirmRegistrationPage } from './ConfirmRegistrationPage';
import { ImportPage } from './ImportPage';
import { ProducerCreatePage, ProducerEditPage } from './ProducerFormPage';
import { ProducerPage } from './ProducerPage';
import { ProducersPage } from './ProducersPage';
import { ProductCreatePage, ProductEditPage, ProductPage, ProductsPage } from './ProductPages';
import { parseEvidenceSearch, parseProducersSearch, parseProductsSearch } from './registry-search';
import { RegisterPage } from './RegisterPage';

/** The registry screens under the signed-in layout: producers, products, evidence, bulk import. */
export function createRegistryRoutes<TParent extends AnyRoute>(parent: TParent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: '/producers',
      validateSearch: parseProducersSearch,
      component: ProducersPage,
    }),
    createRoute({ getParentRoute: () => parent, path: '/producers/new', component: ProducerCreatePage }),
    createRoute({ getParentRoute: () => parent, path: '/producers/import', component: ImportPage }),
    createRoute({
      getParentRoute: () => parent,
      path: '/producers/$producerId',
      validateSearch: parseEvidenceSearch,
      component: ProducerPage,
    }),
    createRoute({
      getParentRoute: () => parent,
      path: '/producers/$producerId/edit',
      component: ProducerEditPage,
    }),
    createRoute({
      getParentRoute: () => parent,
      path: '/producers/$producerId/products/new',
      component: ProductCreatePage,
    }),
    createRoute({
      getParentRoute: () => parent,
      path: '/products',
      validateSearch: parseProductsSearch,
      component: ProductsPage,
    }),
    createRoute({ getParentRoute: () => parent, path: '/products/$productId', component: ProductPage }),
    createRoute({
      getParentRoute: () => parent,
      path: '/products/$productId/edit',
      component: ProductEditPage,
    }),
  ] as const;
}

/** The public registry pages (no sign-in): `/register` and `/confirm-registration?token=…`. */
export function createRegistryPublicRoutes<TParent extends AnyRoute>(parent: TParent) {
  const register = createRoute({ getParentRoute: () => parent, path: '/register', component: RegisterPage });
  const confirm = createRoute({
    getParentRoute: () => parent,
    path: '/confirm-registration',
    validateSearch: (search: Record<string, unknown>): { token?: string } =>
      typeof search.token === 'string' && search.token !== '' ? { token: search.token } : {},
    component: ConfirmRegistrationPage,
  });
  return [register, confirm] as const;
}
