/**
 * Recognition decisions (quyết định công nhận) and their items. Queries only: the workflow lives in
 * domain/evaluation/decision-workflow and the use cases in server/modules/evaluation.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../database';
import { adminUnits, decisionItems, decisions, roundProducts, roundResults } from '../schema';
import type { DecisionStatus } from '../../domain/evaluation/decision-workflow';

export type DecisionRow = typeof decisions.$inferSelect;
export type AdminUnitRow = typeof adminUnits.$inferSelect;

/** A decision with its issuing unit (for the jurisdiction check). */
export async function findDecisionWithUnit(
  db: Database,
  id: string,
): Promise<{ decision: DecisionRow; unit: AdminUnitRow } | undefined> {
  const [row] = await db
    .select({ decision: decisions, unit: adminUnits })
    .from(decisions)
    .innerJoin(adminUnits, eq(adminUnits.id, decisions.unitId))
    .where(eq(decisions.id, id));
  return row;
}

/**
 * Updates a decision only if it is still at `version` and in `status` (optimistic lock); bumps the
 * version. Undefined when someone changed it meanwhile.
 */
export async function updateDecisionAtVersion(
  tx: Database,
  id: string,
  expected: { version: number; status: DecisionStatus },
  values: Partial<typeof decisions.$inferInsert>,
): Promise<DecisionRow | undefined> {
  const [row] = await tx
    .update(decisions)
    .set({ ...values, version: expected.version + 1 })
    .where(
      and(
        eq(decisions.id, id),
        eq(decisions.version, expected.version),
        eq(decisions.status, expected.status),
      ),
    )
    .returning();
  return row;
}

/** A round's adopted results with their product set and the decision already holding each, if any. */
export async function listRoundResultsForDecision(db: Database, roundId: string) {
  return db
    .select({
      result: roundResults,
      productSet: roundProducts.productSet,
      decisionId: decisionItems.decisionId,
    })
    .from(roundResults)
    .innerJoin(roundProducts, eq(roundProducts.id, roundResults.roundProductId))
    .leftJoin(decisionItems, eq(decisionItems.roundResultId, roundResults.id))
    .where(eq(roundResults.roundId, roundId));
}

export type DecisionItemInsert = typeof decisionItems.$inferInsert;

export async function listDecisionItemResultIds(db: Database, decisionId: string): Promise<string[]> {
  const rows = await db
    .select({ id: decisionItems.roundResultId })
    .from(decisionItems)
    .where(eq(decisionItems.decisionId, decisionId));
  return rows.map((r) => r.id);
}

/** Replaces the items of a decision that has issued nothing yet (a draft or returned decision). */
export async function replaceDecisionItems(
  tx: Database,
  decisionId: string,
  items: DecisionItemInsert[],
): Promise<void> {
  await tx.delete(decisionItems).where(eq(decisionItems.decisionId, decisionId));
  if (items.length > 0) await tx.insert(decisionItems).values(items);
}
