import type { Database } from '../../../db/database';
import {
  listWaitingDossierGroups,
  refreshStatisticsTables,
  type OverdueKey,
  type RefreshReport,
} from '../../../db/repositories/statistics-refresh.repository';
import { deadlineOf } from '../../../domain/dossier/dossier-queue';
import type { DossierStatus } from '../../../domain/dossier/dossier.types';
import { SET_GROUPS } from '../../../domain/statistics/statistics-datasets';
import { loadDeadlineCalendar } from '../dossiers/dossier-deadlines';

/**
 * Recomputes the statistics tables for the nation, or for one province after a write there.
 * Overdue dossiers are found per group (commune, status, day the status began) with the same
 * working-day deadlines as the work queues, then counted in SQL with the rest.
 * @returns how long the refresh took, in milliseconds, and which scans it counted again.
 */
export async function refreshStatistics(params: {
  db: Database;
  now: Date;
  provinceId?: string | undefined;
}): Promise<RefreshReport> {
  const { db, now, provinceId } = params;
  const groups = await listWaitingDossierGroups(db, provinceId);
  const calendar = await loadDeadlineCalendar(db, now, [
    ...new Set(groups.map((group) => group.communePath)),
  ]);
  const overdue: OverdueKey[] = [];
  for (const group of groups) {
    const deadline = deadlineOf({
      status: group.status as DossierStatus,
      since: new Date(`${group.sinceDay}T00:00:00Z`),
      now,
      settings: calendar.settingsFor(group.communePath, group.sinceDay),
      holidays: calendar.holidaysFor(group.communePath),
    });
    if (deadline?.isOverdue)
      overdue.push({ communeId: group.communeId, status: group.status, sinceDay: group.sinceDay });
  }
  return refreshStatisticsTables(db, {
    today: now.toISOString().slice(0, 10),
    now,
    provinceId,
    setGroups: SET_GROUPS,
    overdue,
  });
}
