/**
 * A round's place in its workflow (open → closed → adopted, reopened for re-scoring) and the
 * settings its results are certified with. Queries only: the transitions are decided in
 * domain/evaluation/round-workflow.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../database';
import { rounds } from '../schema';

export type RoundStatusRow = typeof rounds.$inferSelect;
type RoundStatus = RoundStatusRow['status'];

/**
 * Updates a round only if it is still in `status` (optimistic lock). Undefined when someone moved
 * it meanwhile.
 */
export async function updateRoundInStatus(
  tx: Database,
  roundId: string,
  status: RoundStatus,
  values: Partial<typeof rounds.$inferInsert>,
): Promise<RoundStatusRow | undefined> {
  const [row] = await tx
    .update(rounds)
    .set(values)
    .where(and(eq(rounds.id, roundId), eq(rounds.status, status)))
    .returning();
  return row;
}

export async function findRoundStatus(db: Database, roundId: string): Promise<RoundStatus | undefined> {
  const [row] = await db.select({ status: rounds.status }).from(rounds).where(eq(rounds.id, roundId));
  return row?.status;
}

export async function findRoundSettings(
  db: Database,
  roundId: string,
): Promise<RoundStatusRow['settings'] | undefined> {
  const [row] = await db.select({ settings: rounds.settings }).from(rounds).where(eq(rounds.id, roundId));
  return row?.settings;
}
