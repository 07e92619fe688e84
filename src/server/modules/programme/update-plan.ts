import type { UpdatePlanInput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updatePlanIf } from '../../../db/repositories/plans.repository';
import type { Actor } from '../../../domain/access/permissions';
import { assertTargetsValid, getCatalogue } from '../../../domain/programme/indicator-catalogue';
import { transitionPlan } from '../../../domain/programme/plan-workflow';
import { assertPlanAction, loadPlanForRead } from './plan-access';
import { staleRecord } from './proposal-access';

/**
 * Edits the working copy of a draft or of an amendment; approved versions never change.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION (approved: amend first), CONFLICT, VALIDATION_FAILED
 */
export async function updatePlan(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  planId: string;
  input: UpdatePlanInput;
  now: Date;
}): Promise<void> {
  const { db, actor, input, now } = params;
  const loaded = await loadPlanForRead(db, actor, params.planId);
  assertPlanAction(actor, 'plan.manage', loaded);
  const status = transitionPlan(loaded.plan.status, 'edit');
  assertTargetsValid(getCatalogue(loaded.plan.catalogueVersionId), input.content.targets);
  await db.transaction(async (tx) => {
    const row = await updatePlanIf(tx, loaded.plan.id, input.version, [loaded.plan.status], {
      content: input.content,
      status,
      updatedAt: now,
    });
    if (!row) throw staleRecord();
    await appendAudit(
      tx,
      params.audit,
      { action: 'plan.updated', entityType: 'ocop_plan', entityId: row.id, unitId: row.unitId },
      now,
    );
  });
}
