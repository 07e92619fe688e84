import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  listProposalsOfDecision,
  moveProposals,
  updateDraftDecision,
} from '../../../db/repositories/revocations.repository';
import type { Actor } from '../../../domain/access/permissions';
import { staleVersion } from '../../../domain/errors';
import { assertRevocationDecisionTransition } from '../../../domain/revocation/revocation-status';
import { assertRevocationAction, readableDecision } from './revocation-access';

/**
 * The leader returns a draft decision with a reason; its proposals are open again for a new draft.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT (stale version)
 */
export async function returnRevocationDecision(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  decisionId: string;
  input: { version: number; reason: string };
  actorName: string;
  now: Date;
}) {
  const { db, actor, input, now } = params;
  const found = await readableDecision(db, actor, params.decisionId);
  assertRevocationAction(actor, 'revocation.approve', found.unitPath);
  assertRevocationDecisionTransition(found.decision.status, 'returned');
  return db.transaction(async (tx) => {
    const row = await updateDraftDecision(tx, found.decision.id, input.version, {
      status: 'returned',
      returnReason: input.reason,
      decidedBy: actor.accountId,
      decidedByName: params.actorName,
      decidedAt: now,
    });
    if (!row) throw staleVersion('Quyết định', 'decision');
    const ids = (await listProposalsOfDecision(tx, row.id)).map((p) => p.proposal.id);
    await moveProposals(tx, ids, 'in_decision', 'proposed', null);
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'revocation_decision.returned',
        entityType: 'revocation_decision',
        entityId: row.id,
        unitId: row.unitId,
        before: { status: 'draft' },
        after: { status: 'returned', reason: input.reason },
      },
      now,
    );
    return row;
  });
}
