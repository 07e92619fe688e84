import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateTradePromotionPlan } from '../../../db/repositories/trade-promotion-plans.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionTradePromotionPlan } from '../../../domain/promotion/trade-promotion-plan';
import { planForWrite } from './trade-promotion-plan-access';

/**
 * Sends the province's plan to the central office; from then on it is frozen and appears in the
 * national trade-promotion calendar.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION (already sent).
 */
export async function submitTradePromotionPlan(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  planId: string;
}): Promise<void> {
  const { db, now } = params;
  const { plan } = await planForWrite(db, params.actor, params.planId);
  const status = transitionTradePromotionPlan(plan.status, 'submit');
  await db.transaction(async (tx) => {
    await updateTradePromotionPlan(tx, plan.id, {
      status,
      submittedAt: now,
      submittedBy: params.actor.accountId,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'trade-promotion-plan.submitted',
        entityType: 'trade-promotion-plan',
        entityId: plan.id,
        unitId: plan.unitId,
        before: { status: plan.status },
        after: { status },
      },
      now,
    );
  });
}
