import type { Database } from '../../../db/database';
import { listDeadlineOverrides } from '../../../db/repositories/dossier-deadlines.repository';
import { pathIds } from '../../../domain/access/unit-path';
import {
  resolveDeadlineSettings,
  type DeadlineSettings,
  type DeadlineSettingsOverride,
} from '../../../domain/dossier/dossier-queue';
import {
  EMPTY_WORKING_DAY_CALENDAR,
  type WorkingDayCalendar,
} from '../../../domain/calendar/working-day-calendar';
import { loadWorkingDayCalendar } from '../calendar/holiday-calendar';

/**
 * What dossier deadlines are counted with, per commune: the working days the commune's province
 * allows per task on a date, and the working-day calendar (the nation's days off and days in
 * lieu, overruled by the province's own).
 */
export interface DeadlineCalendar {
  settingsFor(communePath: string, onDate: string): DeadlineSettings;
  holidaysFor(communePath: string): WorkingDayCalendar;
}

/** `/<nation>/<province>/`: the part of a unit path that holds province-wide settings. */
function provincePathOf(unitPath: string): string {
  return `/${pathIds(unitPath).slice(0, 2).join('/')}/`;
}

function provinceIdOf(unitPath: string): string | undefined {
  return pathIds(unitPath)[1];
}

/** The calendar for dossiers of the given communes: one holiday query per province, one for all overrides. */
export async function loadDeadlineCalendar(
  db: Database,
  now: Date,
  communePaths: readonly string[],
): Promise<DeadlineCalendar> {
  const holidaysByProvince = new Map<string, WorkingDayCalendar>();
  for (const provincePath of new Set(communePaths.map(provincePathOf)))
    holidaysByProvince.set(provincePath, await loadWorkingDayCalendar(db, provincePath, now));
  const provinceIds = [...new Set(communePaths.map(provinceIdOf))].filter((id) => id !== undefined);
  const overridesByProvince = new Map<string, DeadlineSettingsOverride[]>();
  for (const row of await listDeadlineOverrides(db, provinceIds)) {
    const list = overridesByProvince.get(row.unitId) ?? [];
    list.push({ effectiveFrom: row.effectiveFrom, settings: row.settings });
    overridesByProvince.set(row.unitId, list);
  }
  return {
    settingsFor: (communePath, onDate) =>
      resolveDeadlineSettings(onDate, overridesByProvince.get(provinceIdOf(communePath) ?? '') ?? []),
    holidaysFor: (communePath) =>
      holidaysByProvince.get(provincePathOf(communePath)) ?? EMPTY_WORKING_DAY_CALENDAR,
  };
}
