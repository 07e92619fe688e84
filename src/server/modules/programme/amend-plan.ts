import type { AmendPlanInput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updatePlanIf } from '../../../db/repositories/plans.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionPlan } from '../../../domain/programme/plan-workflow';
import { assertPlanAction, loadPlanForRead } from './plan-access';
import { staleRecord } from './proposal-access';

/**
 * Opens an amendment (điều chỉnh kế hoạch) of an approved plan: the working copy becomes editable
 * again; the approved versions stay readable and progress keeps reading the last one until the
 * amendment is approved. @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT
 */
export async function amendPlan(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  planId: string;
  input: AmendPlanInput;
  now: Date;
}): Promise<void> {
  const { db, actor, input, now } = params;
  const loaded = await loadPlanForRead(db, actor, params.planId);
  assertPlanAction(actor, 'plan.manage', loaded);
  const status = transitionPlan(loaded.plan.status, 'amend');
  await db.transaction(async (tx) => {
    const row = await updatePlanIf(tx, loaded.plan.id, input.version, [loaded.plan.status], {
      status,
      updatedAt: now,
    });
    if (!row) throw staleRecord();
    await appendAudit(
      tx,
      params.audit,
      { action: 'plan.amendment-opened', entityType: 'ocop_plan', entityId: row.id, unitId: row.unitId },
      now,
    );
  });
}
