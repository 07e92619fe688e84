import type { ReviewInput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findAccountDisplayName } from '../../../db/repositories/dossiers.repository';
import { updateIdeaIf, type ProposalReview } from '../../../db/repositories/ideas.repository';
import type { Actor } from '../../../domain/access/permissions';
import { assertReviewReason, transitionProposal } from '../../../domain/programme/proposal-workflow';
import { assertProposalAction, loadIdeaForRead, staleRecord } from './proposal-access';

/** The review the commune officer records on an idea or a business plan. */
export async function buildReview(
  db: Database,
  actor: Actor,
  input: ReviewInput,
  now: Date,
): Promise<ProposalReview> {
  assertReviewReason(input.decision, input.reason);
  return {
    decision: input.decision,
    reason: input.reason?.trim() ?? '',
    byAccountId: actor.accountId,
    byName: (await findAccountDisplayName(db, actor.accountId)) ?? actor.username,
    at: now.toISOString(),
  };
}

/**
 * The commune officer of the idea's commune accepts it, asks for changes or declines it (with a
 * reason). Accepted ideas join the year's list of registered products.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT, VALIDATION_FAILED (reason missing)
 */
export async function reviewProductIdea(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  ideaId: string;
  input: ReviewInput;
  now: Date;
}): Promise<void> {
  const { db, actor, input, now } = params;
  const loaded = await loadIdeaForRead(db, actor, params.ideaId);
  assertProposalAction(actor, 'idea.review', loaded);
  const status = transitionProposal(loaded.idea.status, input.decision);
  const review = await buildReview(db, actor, input, now);
  await db.transaction(async (tx) => {
    const row = await updateIdeaIf(tx, loaded.idea.id, input.version, [loaded.idea.status], {
      status,
      lastReview: review,
      updatedAt: now,
    });
    if (!row) throw staleRecord();
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'product-idea.reviewed',
        entityType: 'product_idea',
        entityId: row.id,
        unitId: row.communeId,
        before: { status: loaded.idea.status },
        after: { status, reason: review.reason },
      },
      now,
    );
  });
}
