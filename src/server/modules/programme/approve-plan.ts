import type { ApprovePlanInput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findAccountDisplayName } from '../../../db/repositories/dossiers.repository';
import { insertPlanVersion, updatePlanIf } from '../../../db/repositories/plans.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionPlan } from '../../../domain/programme/plan-workflow';
import { assertPlanAction, loadPlanForRead } from './plan-access';
import { staleRecord } from './proposal-access';

/**
 * The leader of the plan's own unit approves the draft (or the amendment): its content is frozen
 * as the next version, which targets and progress read from then on.
 * @throws NOT_FOUND, FORBIDDEN (not the unit's leader), INVALID_TRANSITION (already approved), CONFLICT
 */
export async function approvePlan(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  planId: string;
  input: ApprovePlanInput;
  now: Date;
}): Promise<void> {
  const { db, actor, input, now } = params;
  const loaded = await loadPlanForRead(db, actor, params.planId);
  assertPlanAction(actor, 'plan.approve', loaded);
  const status = transitionPlan(loaded.plan.status, 'approve');
  const number = loaded.plan.approvedVersion + 1;
  const approvedByName = (await findAccountDisplayName(db, actor.accountId)) ?? actor.username;
  await db.transaction(async (tx) => {
    const row = await updatePlanIf(tx, loaded.plan.id, input.version, [loaded.plan.status], {
      status,
      approvedVersion: number,
      updatedAt: now,
    });
    if (!row) throw staleRecord();
    await insertPlanVersion(tx, {
      planId: row.id,
      number,
      content: row.content,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      amendmentReason: input.amendmentReason ?? '',
      approvedBy: actor.accountId,
      approvedByName,
      approvedAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'plan.approved',
        entityType: 'ocop_plan',
        entityId: row.id,
        unitId: row.unitId,
        after: { versionNumber: number, decisionNumber: input.decisionNumber },
      },
      now,
    );
  });
}
