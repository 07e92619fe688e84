import type { ReviewInput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateBusinessPlanIf } from '../../../db/repositories/ideas.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionProposal } from '../../../domain/programme/proposal-workflow';
import { assertProposalAction, loadBusinessPlanForRead, staleRecord } from './proposal-access';
import { buildReview } from './review-product-idea';

/**
 * The commune officer accepts a business plan, asks for changes or declines it (with a reason).
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT, VALIDATION_FAILED (reason missing)
 */
export async function reviewBusinessPlan(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  businessPlanId: string;
  input: ReviewInput;
  now: Date;
}): Promise<void> {
  const { db, actor, input, now } = params;
  const loaded = await loadBusinessPlanForRead(db, actor, params.businessPlanId);
  assertProposalAction(actor, 'idea.review', loaded);
  const status = transitionProposal(loaded.plan.status, input.decision);
  const review = await buildReview(db, actor, input, now);
  await db.transaction(async (tx) => {
    const row = await updateBusinessPlanIf(tx, loaded.plan.id, input.version, [loaded.plan.status], {
      status,
      lastReview: review,
      updatedAt: now,
    });
    if (!row) throw staleRecord();
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'business-plan.reviewed',
        entityType: 'business_plan',
        entityId: row.id,
        unitId: row.communeId,
        before: { status: loaded.plan.status },
        after: { status, reason: review.reason },
      },
      now,
    );
  });
}
