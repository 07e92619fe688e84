import { asc, eq } from 'drizzle-orm';
import type { Database } from '../database';
import { councilSettingsOverrides } from '../schema';

export type CouncilSettingsOverrideRow = typeof councilSettingsOverrides.$inferSelect;

/** A province's council-settings periods, oldest first. */
export async function listCouncilSettingsOverrides(
  db: Database,
  provinceId: string,
): Promise<CouncilSettingsOverrideRow[]> {
  return db
    .select()
    .from(councilSettingsOverrides)
    .where(eq(councilSettingsOverrides.unitId, provinceId))
    .orderBy(asc(councilSettingsOverrides.effectiveFrom));
}

/**
 * Writes the period of a province starting on `effectiveFrom`, replacing the one that already
 * starts that day. Returns the stored row.
 */
export async function upsertCouncilSettingsOverride(
  db: Database,
  values: typeof councilSettingsOverrides.$inferInsert,
): Promise<CouncilSettingsOverrideRow> {
  const [row] = await db
    .insert(councilSettingsOverrides)
    .values(values)
    .onConflictDoUpdate({
      target: [councilSettingsOverrides.unitId, councilSettingsOverrides.effectiveFrom],
      set: { settings: values.settings, updatedBy: values.updatedBy, updatedAt: values.updatedAt },
    })
    .returning();
  return row!;
}
