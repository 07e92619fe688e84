import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { isUnauthenticated } from './api/api-error';
import { meQueryOptions } from './auth/me-query';
import { safeRedirect } from './auth/safe-redirect';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ErrorPage } from './pages/ErrorPage';
import { parseAccountsSearch } from './accounts/accounts-search';
import { parseUnitsSearch } from './units/units-search';
import { createDossierRoutes } from './dossiers/dossier-routes';
import { createEvaluationRoutes } from './evaluation/evaluation-routes';
import { createCouncilRoutes } from './councils/councils-routes';
import { createRubricRoutes } from './rubrics/rubric-routes';
import { createStampRoutes } from './stamps/stamp-routes';
import { createStatisticsRoutes } from './statistics/statistics-routes';
import { createPostInspectionRoutes } from './postinspection/post-inspection-routes';
import { createProgrammeRoutes } from './programme/programme-routes';
import { createPromotionRoutes } from './promotion/promotion-routes';
import { createNewsRoutes } from './news/news-routes';
import { createJobsRoutes } from './jobs/jobs-routes';
import { createNotificationRoutes } from './notifications/notification-routes';
import { createCandidateRoutes } from './candidates/candidates-routes';
import { createRegistryPublicRoutes, createRegistryRoutes } from './registry/registry-routes';
import { createReportRoutes } from './reports/report-routes';

export interface RouterContext {
  queryClient: QueryClient;
}

/** Every screen's translations and zod's form messages: loaded for any page but the sign-in page. */
const loadScreenTranslations = () => import('./i18n/namespaces');
const isSignInPage = (pathname: string) => pathname === '/login' || pathname === '/app/login';

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Arriving on a page from the sign-in page (to register, say), the root route stays and its loader
  // would only rerun in the background: the page would render before Mantine's styles and its
  // translations arrived. So a navigation that keeps the root waits for them here (at once once loaded).
  beforeLoad: async ({ location, cause }) => {
    if (cause === 'stay' && !isSignInPage(location.pathname)) await loadScreenTranslations();
  },
  // On a first load, a loader runs beside the pages' own chunks and loaders, and the pages render once it is done.
  loader: async ({ location }) => {
    if (!isSignInPage(location.pathname)) await loadScreenTranslations();
  },
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const target = safeRedirect(search.redirect);
    return target ? { redirect: target } : {};
  },
  component: LoginPage,
});

/** Everything behind the sign-in: loads `/auth/me` first, or sends the user to the login page and back. */
const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authenticated',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQueryOptions);
    } catch (error) {
      if (isUnauthenticated(error)) {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirects are thrown by design
        throw redirect({ to: '/login', search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: lazyRouteComponent(() => import('./layout/AppLayout'), 'AppLayout'),
});

const dashboardRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./pages/DashboardPage'), 'DashboardPage'),
});

const accountsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/accounts',
  validateSearch: parseAccountsSearch,
  component: lazyRouteComponent(() => import('./accounts/AccountsListPage'), 'AccountsListPage'),
});

const accountCreateRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/accounts/new',
  component: lazyRouteComponent(() => import('./accounts/AccountCreatePage'), 'AccountCreatePage'),
});

const accountDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/accounts/$accountId',
  component: lazyRouteComponent(() => import('./accounts/AccountDetailPage'), 'AccountDetailPage'),
});

const unitsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/units',
  validateSearch: parseUnitsSearch,
  component: lazyRouteComponent(() => import('./units/UnitsPage'), 'UnitsPage'),
});

/** A province's own council settings (quy chế hội đồng: túc số, chuyển cấp). */
const councilSettingsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/council-settings',
  component: lazyRouteComponent(
    () => import('./council-settings/CouncilSettingsPage'),
    'CouncilSettingsPage',
  ),
});

/** A province's working days per dossier task (số ngày làm việc xử lý hồ sơ). */
const dossierDeadlinesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/dossier-deadlines',
  component: lazyRouteComponent(() => import('./dossiers/DossierDeadlinesPage'), 'DossierDeadlinesPage'),
});

const dossierRoutes = createDossierRoutes(authenticatedRoute);
const evaluationRoutes = createEvaluationRoutes(authenticatedRoute);
const councilRoutes = createCouncilRoutes(authenticatedRoute);
const rubricRoutes = createRubricRoutes(authenticatedRoute);
const stampRoutes = createStampRoutes(authenticatedRoute);
const statisticsRoutes = createStatisticsRoutes(authenticatedRoute);
const postInspectionRoutes = createPostInspectionRoutes(authenticatedRoute);
const programmeRoutes = createProgrammeRoutes(authenticatedRoute);
const promotionRoutes = createPromotionRoutes(authenticatedRoute);
const newsRoutes = createNewsRoutes(authenticatedRoute);
const jobsRoutes = createJobsRoutes(authenticatedRoute);
const notificationRoutes = createNotificationRoutes(authenticatedRoute);
const candidateRoutes = createCandidateRoutes(authenticatedRoute);
const registryRoutes = createRegistryRoutes(authenticatedRoute);
const reportRoutes = createReportRoutes(authenticatedRoute);
const registryPublicRoutes = createRegistryPublicRoutes(rootRoute);

const routeTree = rootRoute.addChildren([
  loginRoute,
  ...registryPublicRoutes,
  authenticatedRoute.addChildren([
    dashboardRoute,
    accountsRoute,
    accountCreateRoute,
    accountDetailRoute,
    unitsRoute,
    ...dossierRoutes,
    dossierDeadlinesRoute,
    councilSettingsRoute,
    ...evaluationRoutes,
    ...councilRoutes,
    ...rubricRoutes,
    ...stampRoutes,
    ...statisticsRoutes,
    ...postInspectionRoutes,
    ...programmeRoutes,
    ...promotionRoutes,
    ...newsRoutes,
    ...jobsRoutes,
    ...notificationRoutes,
    ...candidateRoutes,
    ...registryRoutes,
    ...reportRoutes,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    basepath: '/app',
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
