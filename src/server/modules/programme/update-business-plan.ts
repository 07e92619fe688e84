import type { UpdateBusinessPlanInput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateBusinessPlanIf } from '../../../db/repositories/ideas.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionProposal } from '../../../domain/programme/proposal-workflow';
import { assertProposalAction, loadBusinessPlanForRead, staleRecord } from './proposal-access';

/**
 * Changes a business plan before the commune decides, or after it asked for changes (submitting
 * it again). @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT
 */
export async function updateBusinessPlan(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  businessPlanId: string;
  input: UpdateBusinessPlanInput;
  now: Date;
}): Promise<void> {
  const { db, actor, input, now } = params;
  const loaded = await loadBusinessPlanForRead(db, actor, params.businessPlanId);
  assertProposalAction(actor, 'idea.manage', loaded);
  const status = transitionProposal(loaded.plan.status, 'edit');
  await db.transaction(async (tx) => {
    const { version, ...fields } = input;
    const row = await updateBusinessPlanIf(tx, loaded.plan.id, version, [loaded.plan.status], {
      ...fields,
      status,
      updatedAt: now,
    });
    if (!row) throw staleRecord();
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'business-plan.updated',
        entityType: 'business_plan',
        entityId: row.id,
        unitId: row.communeId,
        before: { status: loaded.plan.status },
        after: { status },
      },
      now,
    );
  });
}
