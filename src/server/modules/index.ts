import type { AppInstance } from '../context';
import { catalogueRoutes } from '../public/catalogue.routes';
import { calendarRoutes } from './calendar/calendar.routes';
import { candidateRoutes } from './candidates/candidate.routes';
import { certificatePageRoutes } from '../public/certificate-page.routes';
import { councilSettingsRoutes } from './council-settings/council-settings.routes';
import { councilSetupRoutes } from './council-setup/council-setup.routes';
import { publicCacheInvalidation } from '../public/public-cache';
import { publicCacheSync } from '../cluster/public-cache-sync';
import { readReplicaPlugin } from '../cluster/read-database';
import { stampResolverRoutes } from '../public/stamp-resolver.routes';
import { dossierEvidenceRoutes } from './dossiers/dossier-evidence.routes';
import { dossierRoutes } from './dossiers/dossier.routes';
import { evaluationRoutes } from './evaluation/evaluation.routes';
import { exportRoutes } from './exports/export.routes';
import { eventsCalendarRoutes } from '../public/events-calendar.routes';
import { inspectionRoutes } from './inspections/inspection.routes';
import { marketCaseRoutes } from './market-cases/market-case.routes';
import { jobsRoutes } from './jobs/jobs.routes';
import { newsPublicRoutes } from '../public/news.routes';
import { newsRoutes } from './news/news.routes';
import { notificationPreferenceRoutes } from './notifications/notification-preferences.routes';
import { planRoutes } from './programme/plan.routes';
import { programmeRoutes } from './programme/programme.routes';
import { promotionRoutes } from './promotion/promotion.routes';
import { tradePromotionPlanRoutes } from './promotion/trade-promotion-plan.routes';
import { registryRoutes } from './registry.routes';
import { revocationRoutes } from './revocations/revocation.routes';
import { revokedListRoutes } from '../public/revoked-list.routes';
import { siteFilesRoutes } from '../public/site-files.routes';
import { reportRoutes } from './reports/report.routes';
import { rubricRoutes } from './rubrics/rubric.routes';
import { scoringQualityRoutes } from './scoring-quality/scoring-quality.routes';
import { stampEpcisRoutes } from './stamps/epcis.routes';
import { stampRoutes } from './stamps/stamp.routes';
import { statisticsRoutes } from './statistics/statistics.routes';
import { statisticsWriteHook } from './statistics/statistics-refresher';
import { unitRoutes } from './units/units.routes';

/**
 * Routes of the business modules. Each module adds one line here; keep the list alphabetical to
 * avoid merge conflicts.
 */
export async function moduleRoutes(app: AppInstance): Promise<void> {
  // First and unencapsulated: every module's successful write empties the public caches.
  await app.register(publicCacheInvalidation);
  // …and tells the other processes on the same PostgreSQL to empty theirs (LISTEN/NOTIFY).
  await app.register(publicCacheSync);
  // With DATABASE_REPLICA_URL: public pages and statistics read from the replica.
  await app.register(readReplicaPlugin);
  // Also unencapsulated: every successful write marks the statistics stale and schedules their refresh.
  await app.register(statisticsWriteHook);
  await app.register(calendarRoutes);
  await app.register(candidateRoutes);
  await app.register(catalogueRoutes);
  await app.register(certificatePageRoutes);
  await app.register(councilSettingsRoutes);
  await app.register(councilSetupRoutes);
  await app.register(dossierEvidenceRoutes);
  await app.register(dossierRoutes);
  await app.register(evaluationRoutes);
  await app.register(eventsCalendarRoutes);
  await app.register(exportRoutes);
  await app.register(inspectionRoutes);
  await app.register(marketCaseRoutes);
  await app.register(jobsRoutes);
  await app.register(newsPublicRoutes);
  await app.register(newsRoutes);
  await app.register(notificationPreferenceRoutes);
  await app.register(planRoutes);
  await app.register(programmeRoutes);
  await app.register(promotionRoutes);
  await app.register(registryRoutes);
  await app.register(revocationRoutes);
  await app.register(revokedListRoutes);
  await app.register(reportRoutes);
  await app.register(rubricRoutes);
  await app.register(scoringQualityRoutes);
  await app.register(siteFilesRoutes);
  await app.register(stampResolverRoutes);
  await app.register(stampEpcisRoutes);
  await app.register(stampRoutes);
  await app.register(statisticsRoutes);
  await app.register(tradePromotionPlanRoutes);
  await app.register(unitRoutes);
}
