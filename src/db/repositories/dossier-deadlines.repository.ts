import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import { dossierDeadlineSettings } from '../schema';

export type DossierDeadlineSettingsRow = typeof dossierDeadlineSettings.$inferSelect;

/** The working-day overrides of the given provinces, oldest period first. */
export async function listDeadlineOverrides(
  db: Database,
  provinceIds: readonly string[],
): Promise<DossierDeadlineSettingsRow[]> {
  if (provinceIds.length === 0) return [];
  return db
    .select()
    .from(dossierDeadlineSettings)
    .where(inArray(dossierDeadlineSettings.unitId, [...provinceIds]))
    .orderBy(asc(dossierDeadlineSettings.effectiveFrom));
}

/** Adds a period; undefined when the province already has one starting that day. */
export async function insertDeadlineOverride(
  db: Database,
  values: typeof dossierDeadlineSettings.$inferInsert,
): Promise<DossierDeadlineSettingsRow | undefined> {
  const [row] = await db.insert(dossierDeadlineSettings).values(values).onConflictDoNothing().returning();
  return row;
}
