import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateDecisionAtVersion, type DecisionRow } from '../../../db/repositories/decisions.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionDecision } from '../../../domain/evaluation/decision-workflow';
import { staleVersion } from '../../../domain/errors';
import { decisionToAct } from './decision-access';
import { notifyDecisionResubmitted } from './notify-decision-review';

/**
 * The standing office resubmits a returned decision (trình lại): it is a draft awaiting the
 * leader's approval again; the last return reason stays visible. Audited; leaders are notified.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION (not returned), CONFLICT (stale version)
 */
export async function resubmitDecision(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  decisionId: string;
  input: { version: number };
  now: Date;
}): Promise<DecisionRow> {
  const { db, actor, input, now } = params;
  const { decision, unit } = await decisionToAct(db, actor, params.decisionId, 'decision.draft');
  const next = transitionDecision(decision.status, 'resubmit');
  return db.transaction(async (tx) => {
    const row = await updateDecisionAtVersion(
      tx,
      decision.id,
      { version: input.version, status: decision.status },
      { status: next },
    );
    if (!row) throw staleVersion('Quyết định', 'decision');
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'decision.resubmitted',
        entityType: 'decision',
        entityId: row.id,
        unitId: row.unitId,
        before: { status: decision.status, returnReason: decision.returnReason },
        after: { status: next },
      },
      now,
    );
    await notifyDecisionResubmitted({ db: tx, unit, decision: row, actorAccountId: actor.accountId, now });
    return row;
  });
}
