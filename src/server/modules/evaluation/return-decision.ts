import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateDecisionAtVersion, type DecisionRow } from '../../../db/repositories/decisions.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionDecision } from '../../../domain/evaluation/decision-workflow';
import { staleVersion } from '../../../domain/errors';
import { decisionToAct } from './decision-access';
import { notifyDecisionReturned } from './notify-decision-review';

/**
 * The leader returns a draft decision to the standing office with a reason (trả lại dự thảo):
 * nothing is issued; the office amends and resubmits it. Audited; the office is notified in the
 * same transaction.
 * @throws NOT_FOUND (another unit's decision), FORBIDDEN (not a leader of the unit),
 *   INVALID_TRANSITION (not a draft awaiting approval), CONFLICT (stale version)
 */
export async function returnDecision(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  decisionId: string;
  input: { version: number; reason: string };
  actorName: string;
  now: Date;
}): Promise<DecisionRow> {
  const { db, actor, input, now } = params;
  const { decision, unit } = await decisionToAct(db, actor, params.decisionId, 'decision.approve');
  const next = transitionDecision(decision.status, 'return');
  return db.transaction(async (tx) => {
    const row = await updateDecisionAtVersion(
      tx,
      decision.id,
      { version: input.version, status: decision.status },
      {
        status: next,
        returnReason: input.reason,
        returnedBy: actor.accountId,
        returnedByName: params.actorName,
        returnedAt: now,
      },
    );
    if (!row) throw staleVersion('Quyết định', 'decision');
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'decision.returned',
        entityType: 'decision',
        entityId: row.id,
        unitId: row.unitId,
        before: { status: decision.status },
        after: { status: next, reason: input.reason },
      },
      now,
    );
    await notifyDecisionReturned({
      db: tx,
      unit,
      decision: row,
      leaderName: params.actorName,
      reason: input.reason,
      actorAccountId: actor.accountId,
      now,
    });
    return row;
  });
}
