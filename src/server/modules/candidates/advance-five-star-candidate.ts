import type { AdvanceFiveStarCandidateInput } from '../../../contracts/candidates.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findCandidate, updateCandidate } from '../../../db/repositories/candidates.repository';
import type { Actor } from '../../../domain/access/permissions';
import { nextCandidateStatus } from '../../../domain/candidates';
import { assertCandidateAccess, conflict } from './candidate-access';

/**
 * Moves a candidate along the table: submitted to the central evaluation, its central result
 * recorded, or dropped (with a note).
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT (stale version)
 */
export async function advanceFiveStarCandidate(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  candidateId: string;
  input: AdvanceFiveStarCandidateInput;
}): Promise<void> {
  const { db, input, now } = params;
  const row = await findCandidate(db, params.candidateId);
  assertCandidateAccess(params.actor, row, 'write');
  const status = nextCandidateStatus(row.candidate.status, input.action);
  await db.transaction(async (tx) => {
    const updated = await updateCandidate(tx, row.candidate.id, input.version, {
      status,
      statusNote: input.note ?? '',
      updatedAt: now,
    });
    if (!updated) throw conflict();
    await appendAudit(
      tx,
      params.audit,
      {
        action: `five-star-candidate.${input.action}`,
        entityType: 'five-star-candidate',
        entityId: row.candidate.id,
        unitId: row.candidate.unitId,
        before: { status: row.candidate.status },
        after: { status, note: input.note ?? '' },
      },
      now,
    );
  });
}
