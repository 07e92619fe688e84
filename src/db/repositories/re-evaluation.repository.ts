/**
 * Queries of the re-evaluation outcome (đánh giá lại): which dossier kind a result or decision
 * item came from, the live certificate of a product, ending it, and telling the producer.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../database';
import {
  certificates,
  decisionItems,
  dossiers,
  notifications,
  producerMembers,
  products,
  roundProducts,
  roundResults,
} from '../schema';

/** The dossier type ('first', 'upgrade', 're-evaluation') behind a decision item. */
export async function findDossierTypeOfDecisionItem(db: Database, decisionItemId: string) {
  const [row] = await db
    .select({ type: dossiers.type })
    .from(decisionItems)
    .innerJoin(roundResults, eq(roundResults.id, decisionItems.roundResultId))
    .innerJoin(roundProducts, eq(roundProducts.id, roundResults.roundProductId))
    .innerJoin(dossiers, eq(dossiers.id, roundProducts.dossierId))
    .where(eq(decisionItems.id, decisionItemId));
  return row?.type;
}

/** Products of a round whose re-evaluation was adopted as not certified. */
export async function listFailedReEvaluations(db: Database, roundId: string) {
  return db
    .select({
      productId: roundResults.productId,
      producerId: roundResults.producerId,
      dossierId: dossiers.id,
    })
    .from(roundResults)
    .innerJoin(roundProducts, eq(roundProducts.id, roundResults.roundProductId))
    .innerJoin(dossiers, eq(dossiers.id, roundProducts.dossierId))
    .where(
      and(
        eq(roundResults.roundId, roundId),
        eq(roundResults.routeAction, 'not-certified'),
        eq(dossiers.type, 're-evaluation'),
      ),
    );
}

/**
 * Ends the product's live certificates (neither revoked, superseded nor ended) on `endedOn`
 * with `reason`, and marks a certified product expired. Returns the certificates ended.
 */
export async function endLiveCertificatesOfProduct(
  db: Database,
  params: { productId: string; endedOn: string; reason: string; now: Date },
) {
  const ended = await db
    .update(certificates)
    .set({ endedOn: params.endedOn, endReason: params.reason })
    .where(
      and(
        eq(certificates.productId, params.productId),
        isNull(certificates.revokedOn),
        isNull(certificates.supersededById),
        isNull(certificates.endedOn),
      ),
    )
    .returning();
  if (ended.length > 0)
    await db
      .update(products)
      .set({ status: 'expired', updatedAt: params.now })
      .where(
        and(eq(products.id, params.productId), inArray(products.status, ['certified', 'in_evaluation'])),
      );
  return ended;
}

/** One in-app notification to every member account of a producer. */
export async function notifyProducerMembers(
  db: Database,
  producerId: string,
  notice: Omit<typeof notifications.$inferInsert, 'accountId' | 'id'>,
): Promise<void> {
  const members = await db
    .select({ accountId: producerMembers.accountId })
    .from(producerMembers)
    .where(eq(producerMembers.producerId, producerId));
  if (members.length === 0) return;
  await db.insert(notifications).values(members.map((m) => ({ ...notice, accountId: m.accountId })));
}
