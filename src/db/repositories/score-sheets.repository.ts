/**
 * Score sheets (phiếu chấm điểm): one row per version of a member's sheet for a product. Queries
 * only: when a sheet may be saved, submitted or re-scored is decided in domain/evaluation and the
 * use cases in server/modules/evaluation.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../database';
import { dossiers, scoreSheets } from '../schema';

export type ScoreSheetRow = typeof scoreSheets.$inferSelect;
export type NewScoreSheet = typeof scoreSheets.$inferInsert;

export async function findScoreSheetById(db: Database, id: string): Promise<ScoreSheetRow | undefined> {
  const [row] = await db.select().from(scoreSheets).where(eq(scoreSheets.id, id));
  return row;
}

/**
 * Inserts a version of a member's sheet. Undefined when that version already exists (another tab
 * or request created it first).
 */
export async function insertScoreSheetVersion(
  db: Database,
  values: NewScoreSheet,
): Promise<ScoreSheetRow | undefined> {
  const [row] = await db.insert(scoreSheets).values(values).onConflictDoNothing().returning();
  return row;
}

/** The content a draft autosave writes. */
export interface ScoreSheetDraftContent {
  choices: Record<string, number>;
  knockOuts: string[];
  comment: string;
  updatedAt: Date;
}

/**
 * Saves a draft only if it is still a draft at `revision` (optimistic lock); bumps the revision.
 * Undefined when someone saved or submitted it meanwhile.
 */
export async function updateDraftScoreSheet(
  db: Database,
  id: string,
  revision: number,
  content: ScoreSheetDraftContent,
): Promise<ScoreSheetRow | undefined> {
  const [row] = await db
    .update(scoreSheets)
    .set({ ...content, revision: revision + 1 })
    .where(and(eq(scoreSheets.id, id), eq(scoreSheets.status, 'draft'), eq(scoreSheets.revision, revision)))
    .returning();
  return row;
}

/**
 * Freezes a draft still at `revision` as submitted with its total. Undefined when it is no longer
 * that draft.
 */
export async function markScoreSheetSubmitted(
  db: Database,
  id: string,
  revision: number,
  values: { totalHundredths: number; now: Date },
): Promise<ScoreSheetRow | undefined> {
  const [row] = await db
    .update(scoreSheets)
    .set({
      status: 'submitted',
      totalHundredths: values.totalHundredths,
      submittedAt: values.now,
      updatedAt: values.now,
    })
    .where(and(eq(scoreSheets.id, id), eq(scoreSheets.status, 'draft'), eq(scoreSheets.revision, revision)))
    .returning();
  return row;
}

/** What a member scores beside: the producer's self-assessment and the commune's (Biểu 2, Biểu 3). */
export async function findDossierAssessments(db: Database, dossierId: string) {
  const [row] = await db
    .select({ answers: dossiers.answers, commune: dossiers.communeAssessment })
    .from(dossiers)
    .where(eq(dossiers.id, dossierId));
  return row;
}
