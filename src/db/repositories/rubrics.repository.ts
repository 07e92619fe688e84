import { and, asc, eq } from 'drizzle-orm';
import type { RubricVersion } from '../../domain/rubric/rubric.types';
import type { Database } from '../database';
import { rubricSheetHashes, rubricVersions } from '../schema';

export type RubricVersionRow = typeof rubricVersions.$inferSelect;
export type RubricVersionValues = typeof rubricVersions.$inferInsert;
export type RubricSheetHashRow = typeof rubricSheetHashes.$inferSelect;

/** Every stored version (drafts and published), oldest effective date first. */
export async function listStoredRubricVersions(db: Database): Promise<RubricVersionRow[]> {
  return db.select().from(rubricVersions).orderBy(asc(rubricVersions.effectiveFrom));
}

export async function findStoredRubricVersion(
  db: Database,
  versionKey: string,
): Promise<RubricVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(rubricVersions)
    .where(eq(rubricVersions.versionKey, versionKey))
    .limit(1);
  return row;
}

/** The content of a stored row as the domain type, with the row's status. */
export function toRubricVersion(row: RubricVersionRow): RubricVersion {
  return { ...(row.content as RubricVersion), status: row.status };
}

export async function insertRubricVersion(
  db: Database,
  values: RubricVersionValues,
): Promise<RubricVersionRow> {
  const [row] = await db.insert(rubricVersions).values(values).returning();
  if (!row) throw new Error('rubric insert returned nothing');
  return row;
}

/** Replaces the stored row `id` with `values`. */
export async function replaceRubricVersion(
  db: Database,
  id: string,
  values: RubricVersionValues,
): Promise<RubricVersionRow> {
  const [row] = await db.update(rubricVersions).set(values).where(eq(rubricVersions.id, id)).returning();
  if (!row) throw new Error('rubric update returned nothing');
  return row;
}

/**
 * Marks the draft `id` published with its content. Undefined when it is no longer a draft
 * (someone published it first).
 */
export async function markRubricVersionPublished(
  db: Database,
  id: string,
  change: { content: unknown; publishedAt: Date; publishedBy: string },
): Promise<RubricVersionRow | undefined> {
  const [row] = await db
    .update(rubricVersions)
    .set({ status: 'published', ...change })
    .where(and(eq(rubricVersions.id, id), eq(rubricVersions.status, 'draft')))
    .returning();
  return row;
}

/** Deletes the draft `id`; false when it is no longer a draft. */
export async function deleteRubricDraftRow(db: Database, id: string): Promise<boolean> {
  const deleted = await db
    .delete(rubricVersions)
    .where(and(eq(rubricVersions.id, id), eq(rubricVersions.status, 'draft')))
    .returning({ id: rubricVersions.id });
  return deleted.length > 0;
}

/** Records the content hash of each sheet of a published version (kept when already recorded). */
export async function insertRubricSheetHashes(db: Database, rows: RubricSheetHashRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(rubricSheetHashes).values(rows).onConflictDoNothing();
}

/** The recorded content hashes of a version's sheets, by set number. */
export async function listRubricSheetHashes(db: Database, versionKey: string): Promise<Map<number, string>> {
  const rows = await db
    .select()
    .from(rubricSheetHashes)
    .where(eq(rubricSheetHashes.versionKey, versionKey))
    .orderBy(asc(rubricSheetHashes.setNumber));
  return new Map(rows.map((row) => [row.setNumber, row.contentHash]));
}
