import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findProposalWithNames, moveProposals } from '../../../db/repositories/revocations.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError, notFound } from '../../../domain/errors';
import { assertProposalTransition } from '../../../domain/revocation/revocation-status';
import { canSeeRevocations, assertRevocationAction } from './revocation-access';
import { findUnitPathById } from './unit-path-of';

/**
 * The standing office withdraws an open proposal (e.g. the producer re-evaluated after all).
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT (stale version)
 */
export async function withdrawRevocationProposal(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  proposalId: string;
  version: number;
  now: Date;
}) {
  const { db, actor, now } = params;
  const found = await findProposalWithNames(db, params.proposalId);
  const unitPath = found ? await findUnitPathById(db, found.proposal.unitId) : undefined;
  if (!found || !unitPath || !canSeeRevocations(actor, unitPath))
    throw notFound('đề nghị thu hồi', 'Revocation proposal');
  assertRevocationAction(actor, 'revocation.propose', unitPath);
  assertProposalTransition(found.proposal.status, 'withdrawn');
  if (found.proposal.version !== params.version)
    throw new DomainError('CONFLICT', 'Đề nghị vừa thay đổi; hãy tải lại.', 'The proposal changed; reload.');
  await db.transaction(async (tx) => {
    if ((await moveProposals(tx, [found.proposal.id], 'proposed', 'withdrawn', null)) !== 1)
      throw new DomainError(
        'CONFLICT',
        'Đề nghị vừa thay đổi; hãy tải lại.',
        'The proposal changed; reload.',
      );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'revocation.withdrawn',
        entityType: 'revocation_proposal',
        entityId: found.proposal.id,
        unitId: found.proposal.unitId,
        before: { status: 'proposed' },
        after: { status: 'withdrawn' },
      },
      now,
    );
  });
  return (await findProposalWithNames(db, found.proposal.id))!;
}
