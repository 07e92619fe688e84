/**
 * Round results (kết quả đánh giá): one row per product, written when the council adopts the
 * round, and the sheet each result was scored on. Queries only.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import { decisionItems, products, roundProducts, roundResults, type SheetAcknowledgement } from '../schema';

export type RoundResultRow = typeof roundResults.$inferSelect;
export type NewRoundResult = typeof roundResults.$inferInsert;
export type { SheetAcknowledgement };

/** The sheet (rubric version and product set) a result was scored on, with its acknowledgement. */
export interface ResultSheet {
  resultId: string;
  acknowledgement: SheetAcknowledgement | null;
  rubricVersionId: string;
  productSet: number;
}

export async function insertRoundResults(tx: Database, rows: NewRoundResult[]): Promise<void> {
  if (rows.length > 0) await tx.insert(roundResults).values(rows);
}

/** A result of this round with the sheet it was scored on. */
export async function findRoundResultWithSheet(
  db: Database,
  roundId: string,
  resultId: string,
): Promise<{ result: RoundResultRow; rubricVersionId: string; productSet: number } | undefined> {
  const [row] = await db
    .select({
      result: roundResults,
      rubricVersionId: roundProducts.rubricVersionId,
      productSet: roundProducts.productSet,
    })
    .from(roundResults)
    .innerJoin(roundProducts, eq(roundProducts.id, roundResults.roundProductId))
    .where(and(eq(roundResults.id, resultId), eq(roundResults.roundId, roundId)));
  return row;
}

export async function setSheetAcknowledgement(
  tx: Database,
  roundId: string,
  resultId: string,
  acknowledgement: SheetAcknowledgement,
): Promise<RoundResultRow | undefined> {
  const [row] = await tx
    .update(roundResults)
    .set({ sheetAcknowledgement: acknowledgement })
    .where(and(eq(roundResults.id, resultId), eq(roundResults.roundId, roundId)))
    .returning();
  return row;
}

/** The sheets behind every item of a decision, with the product's name. */
export async function listResultSheetsOfDecision(
  db: Database,
  decisionId: string,
): Promise<(ResultSheet & { productName: string })[]> {
  return db
    .select({
      resultId: roundResults.id,
      acknowledgement: roundResults.sheetAcknowledgement,
      rubricVersionId: roundProducts.rubricVersionId,
      productSet: roundProducts.productSet,
      productName: products.name,
    })
    .from(decisionItems)
    .innerJoin(roundResults, eq(roundResults.id, decisionItems.roundResultId))
    .innerJoin(roundProducts, eq(roundProducts.id, roundResults.roundProductId))
    .innerJoin(products, eq(products.id, decisionItems.productId))
    .where(eq(decisionItems.decisionId, decisionId));
}

/** The sheets behind these results. */
export async function listResultSheets(db: Database, resultIds: readonly string[]): Promise<ResultSheet[]> {
  if (resultIds.length === 0) return [];
  return db
    .select({
      resultId: roundResults.id,
      acknowledgement: roundResults.sheetAcknowledgement,
      rubricVersionId: roundProducts.rubricVersionId,
      productSet: roundProducts.productSet,
    })
    .from(roundResults)
    .innerJoin(roundProducts, eq(roundProducts.id, roundResults.roundProductId))
    .where(inArray(roundResults.id, [...resultIds]));
}
