import type { UpdateCandidateSupportPlanInput } from '../../../contracts/candidates.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findCandidate, updateCandidate } from '../../../db/repositories/candidates.repository';
import { findConsultant } from '../../../db/repositories/promotion-consultants.repository';
import { can, type Actor } from '../../../domain/access/permissions';
import { nextCandidateStatus } from '../../../domain/candidates';
import { assertCandidateAccess, conflict, invalidField } from './candidate-access';

/**
 * Records or revises the support plan of a candidate (consultant from the directory, budget,
 * deadline, what must improve per failed criterion); a proposed candidate becomes supported.
 * @throws NOT_FOUND, FORBIDDEN, VALIDATION_FAILED (consultant unknown or outside the actor's
 *   directories), INVALID_TRANSITION (submitted, evaluated or dropped), CONFLICT (stale version)
 */
export async function updateCandidateSupportPlan(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  candidateId: string;
  input: UpdateCandidateSupportPlanInput;
}): Promise<void> {
  const { db, input, now } = params;
  const row = await findCandidate(db, params.candidateId);
  assertCandidateAccess(params.actor, row, 'write');
  const status = nextCandidateStatus(row.candidate.status, 'plan-support');
  if (input.consultantId) {
    const consultant = await findConsultant(db, input.consultantId);
    if (!consultant || !can(params.actor, 'promotion.read', consultant)) {
      throw invalidField(
        'consultantId',
        'Không có đơn vị tư vấn này trong danh bạ',
        'No such consultant in the directory',
      );
    }
  }
  const plan = {
    consultantId: input.consultantId,
    budgetVnd: input.budgetVnd,
    deadline: input.deadline,
    improvements: input.improvements,
    planNote: input.planNote ?? '',
  };
  await db.transaction(async (tx) => {
    const updated = await updateCandidate(tx, row.candidate.id, input.version, {
      ...plan,
      status,
      updatedAt: now,
    });
    if (!updated) throw conflict();
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'five-star-candidate.plan-updated',
        entityType: 'five-star-candidate',
        entityId: row.candidate.id,
        unitId: row.candidate.unitId,
        before: {
          status: row.candidate.status,
          consultantId: row.candidate.consultantId,
          budgetVnd: row.candidate.budgetVnd,
          deadline: row.candidate.deadline,
          improvements: row.candidate.improvements,
        },
        after: { status, ...plan },
      },
      now,
    );
  });
}
