import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

/** Periodic reports to the level above, and the certificates list with its export. */
export function createReportRoutes<TParent extends AnyRoute>(parent: TParent) {
  const reports = createRoute({
    getParentRoute: () => parent,
    path: '/reports',
    component: lazyRouteComponent(() => import('./ReportsPage'), 'ReportsPage'),
  });
  const report = createRoute({
    getParentRoute: () => parent,
    path: '/reports/$reportId',
    component: lazyRouteComponent(() => import('./ReportDetailPage'), 'ReportDetailPage'),
  });
  const certificates = createRoute({
    getParentRoute: () => parent,
    path: '/certificates',
    component: lazyRouteComponent(() => import('./CertificatesPage'), 'CertificatesPage'),
  });
  const certificate = createRoute({
    getParentRoute: () => parent,
    path: '/certificates/$certificateId',
    component: lazyRouteComponent(() => import('../certificates/CertificatePage'), 'CertificatePage'),
  });
  const notReEvaluated = createRoute({
    getParentRoute: () => parent,
    path: '/certificates/not-re-evaluated',
    component: lazyRouteComponent(() => import('./CertificatesPage'), 'NotReEvaluatedCertificatesPage'),
  });
  const certificateImport = createRoute({
    getParentRoute: () => parent,
    path: '/certificates/import',
    component: lazyRouteComponent(
      () => import('../certificates/CertificateImportPage'),
      'CertificateImportPage',
    ),
  });
  return [reports, report, certificates, notReEvaluated, certificateImport, certificate] as const;
}
