import type { CreateBusinessPlanInput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { insertBusinessPlan } from '../../../db/repositories/ideas.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';
import { assertProposalAction, loadIdeaForRead } from './proposal-access';

/**
 * Registers the business plan (phương án / dự án sản xuất kinh doanh) of an accepted idea, for the
 * commune's review (OCOP cycle step 3).
 * @throws NOT_FOUND (idea), FORBIDDEN, VALIDATION_FAILED (the idea is not accepted)
 */
export async function createBusinessPlan(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  input: CreateBusinessPlanInput;
  now: Date;
}): Promise<string> {
  const { db, actor, input, now } = params;
  const loaded = await loadIdeaForRead(db, actor, input.ideaId);
  assertProposalAction(actor, 'idea.manage', loaded);
  if (loaded.idea.status !== 'accepted') {
    const vi = 'Chỉ lập phương án sản xuất kinh doanh cho ý tưởng đã được xã chấp thuận.';
    const en = 'A business plan is made for an idea the commune accepted.';
    throw new DomainError('VALIDATION_FAILED', vi, en, [{ field: 'ideaId', messageVi: vi, messageEn: en }]);
  }
  return db.transaction(async (tx) => {
    const { ideaId, ...fields } = input;
    const row = await insertBusinessPlan(tx, {
      ...fields,
      ideaId,
      producerId: loaded.idea.producerId,
      communeId: loaded.idea.communeId,
      year: loaded.idea.year,
      status: 'submitted',
      createdBy: actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'business-plan.created',
        entityType: 'business_plan',
        entityId: row.id,
        unitId: row.communeId,
        after: { ideaId, investmentVnd: row.investmentVnd },
      },
      now,
    );
    return row.id;
  });
}
