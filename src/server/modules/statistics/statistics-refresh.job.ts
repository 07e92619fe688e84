import { defineDailyJob } from '../../jobs/job-definition';
import { refreshStatistics } from './refresh-statistics';

/**
 * Recomputes every statistics table once a day, after the certificate expiry job: statuses
 * (valid, expiring within 90 days, expired) and overdue dossiers change with the date alone.
 */
export const statisticsRefreshJob = defineDailyJob({
  name: 'statistics-refresh',
  hour: 2,
  descriptionVi: 'Tính lại số liệu thống kê tổng hợp',
  descriptionEn: 'Recompute the pre-aggregated statistics',
  async run({ db, now }) {
    const { durationMs, scanCounts } = await refreshStatistics({ db, now });
    return { durationMs, scansRead: scanCounts.scansRead };
  },
});
