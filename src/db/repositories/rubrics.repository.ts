import { asc, eq } from 'drizzle-orm';
import type { RubricVersion } from '../../domain/rubric/rubric.types';
import type { Database } from '../database';
import { rubricVersions } from '../schema';

export type RubricVersionRow = typeof rubricVersions.$inferSelect;

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
