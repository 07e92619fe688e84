/** Phân công — which council members score which product of a round. Queries only. */
import { eq } from 'drizzle-orm';
import type { Database } from '../database';
import { memberAssignments, rounds } from '../schema';

/** Locks the round row until the transaction ends (a concurrent opening waits) and returns its status. */
export async function lockRoundStatus(tx: Database, roundId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ status: rounds.status })
    .from(rounds)
    .where(eq(rounds.id, roundId))
    .for('update');
  return row?.status;
}

/** Replaces the members assigned to one product of a round. */
export async function replaceProductAssignments(
  tx: Database,
  roundProductId: string,
  memberIds: readonly string[],
  now: Date,
): Promise<void> {
  await tx.delete(memberAssignments).where(eq(memberAssignments.roundProductId, roundProductId));
  if (memberIds.length > 0)
    await tx
      .insert(memberAssignments)
      .values(memberIds.map((memberId) => ({ roundProductId, memberId, createdAt: now })));
}

/** Marks the round as changed (its version moves on, so a screen holding the old one reloads). */
export async function touchRound(tx: Database, roundId: string, now: Date): Promise<void> {
  const [row] = await tx.select({ version: rounds.version }).from(rounds).where(eq(rounds.id, roundId));
  if (row)
    await tx
      .update(rounds)
      .set({ version: row.version + 1, updatedAt: now })
      .where(eq(rounds.id, roundId));
}
