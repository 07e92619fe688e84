/**
 * Recognition decisions (quyết định công nhận) and their items. Queries only: the workflow lives in
 * domain/evaluation/decision-workflow and the use cases in server/modules/evaluation.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../database';
import {
  adminUnits,
  decisionItems,
  decisions,
  producers,
  products,
  roundProducts,
  roundResults,
} from '../schema';
import type { DecisionStatus } from '../../domain/evaluation/decision-workflow';

export type DecisionRow = typeof decisions.$inferSelect;
export type NewDecision = typeof decisions.$inferInsert;
export type DecisionItemRow = typeof decisionItems.$inferSelect;
export type AdminUnitRow = typeof adminUnits.$inferSelect;

export async function findDecision(db: Database, id: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
  return row;
}

export async function insertDecision(tx: Database, values: NewDecision): Promise<DecisionRow> {
  const [row] = await tx.insert(decisions).values(values).returning();
  return row!;
}

/**
 * Updates a decision only if it is still in `status`; sets the given version. Undefined when
 * someone moved it meanwhile.
 */
export async function updateDecisionInStatus(
  tx: Database,
  id: string,
  status: DecisionStatus,
  values: Partial<NewDecision>,
): Promise<DecisionRow | undefined> {
  const [row] = await tx
    .update(decisions)
    .set(values)
    .where(and(eq(decisions.id, id), eq(decisions.status, status)))
    .returning();
  return row;
}

/** Records the signed scan of a decision that has none yet. Undefined when it already has one. */
export async function setDecisionScanIfNone(
  tx: Database,
  id: string,
  scan: { sha256: string; fileName: string; version: number },
): Promise<DecisionRow | undefined> {
  const [row] = await tx
    .update(decisions)
    .set({ signedScanSha256: scan.sha256, signedScanFileName: scan.fileName, version: scan.version })
    .where(and(eq(decisions.id, id), isNull(decisions.signedScanSha256)))
    .returning();
  return row;
}

/** Whether some decision keeps this file as its signed scan. */
export async function isDecisionScanStored(db: Database, sha256: string): Promise<boolean> {
  const [row] = await db
    .select({ id: decisions.id })
    .from(decisions)
    .where(eq(decisions.signedScanSha256, sha256))
    .limit(1);
  return row !== undefined;
}

export async function findDecisionItem(db: Database, id: string): Promise<DecisionItemRow | undefined> {
  const [row] = await db.select().from(decisionItems).where(eq(decisionItems.id, id));
  return row;
}

export async function listDecisionItems(db: Database, decisionId: string): Promise<DecisionItemRow[]> {
  return db.select().from(decisionItems).where(eq(decisionItems.decisionId, decisionId));
}

/** A decision's items with their product and producer names, by product name. */
export async function listDecisionItemsWithNames(
  db: Database,
  decisionId: string,
): Promise<{ item: DecisionItemRow; productName: string; producerName: string }[]> {
  return db
    .select({ item: decisionItems, productName: products.name, producerName: producers.name })
    .from(decisionItems)
    .innerJoin(products, eq(products.id, decisionItems.productId))
    .innerJoin(producers, eq(producers.id, decisionItems.producerId))
    .where(eq(decisionItems.decisionId, decisionId))
    .orderBy(asc(products.name));
}

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

export async function insertDecisionItems(tx: Database, items: DecisionItemInsert[]): Promise<void> {
  if (items.length > 0) await tx.insert(decisionItems).values(items);
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
