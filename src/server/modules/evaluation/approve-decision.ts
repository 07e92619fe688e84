import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  listDecisionItems,
  updateDecisionInStatus,
  type DecisionRow,
} from '../../../db/repositories/decisions.repository';
import { findRoundSettings } from '../../../db/repositories/round-status.repository';
import { transitionDecision } from '../../../domain/evaluation/decision-workflow';
import type { UnitRow } from './evaluation-access';
import { issueCertificate } from './issue-certificate';
import { notifyDecisionApproved, type DecisionMail } from './notify-decision-approved';
import { assertSheetsAcknowledged } from './sheet-acknowledgement';

/**
 * Approves (signs) a decision, issues its certificates and notifies the producers and communes
 * (in-app, same transaction; the e-mails are returned to send after the commit). Idempotent:
 * approving an approved decision — twice in a row or at the same instant — returns it without a
 * second certificate or notification. Throws NOT_FOUND, INVALID_TRANSITION (a returned decision not
 * resubmitted yet; a result on a sheet not verified that the standing office has not acknowledged:
 * nothing is issued).
 */
export async function approveDecision(params: {
  db: Database;
  audit: AuditContext;
  decision: DecisionRow;
  issuer: UnitRow;
  accountId: string;
  actorName: string;
  now: Date;
}): Promise<{ approved: boolean; mails: DecisionMail[] }> {
  const { db, decision, now } = params;
  if (decision.status === 'approved') return { approved: false, mails: [] };
  // A returned draft waits for the office to amend and resubmit it (409 until then).
  transitionDecision(decision.status, 'approve');
  await assertSheetsAcknowledged(db, decision.id);
  const settings = decision.roundId ? await findRoundSettings(db, decision.roundId) : undefined;
  const validityMonths = settings?.certificateValidityMonths ?? 36;
  return db.transaction(async (tx) => {
    const row = await updateDecisionInStatus(tx, decision.id, 'draft', {
      status: 'approved',
      approvedBy: params.accountId,
      approvedByName: params.actorName,
      approvedAt: now,
      version: decision.version + 1,
    });
    if (!row) return { approved: false, mails: [] };
    const items = await listDecisionItems(tx, decision.id);
    const issued = [];
    for (const item of items)
      issued.push(
        await issueCertificate(tx, { decision: row, item, issuer: params.issuer, validityMonths, now }),
      );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'decision.approved',
        entityType: 'decision',
        entityId: decision.id,
        unitId: decision.unitId,
        before: { status: 'draft' },
        after: {
          status: 'approved',
          approvedBy: params.actorName,
          certificates: issued.map((c) => c.number),
        },
      },
      now,
    );
    const mails = await notifyDecisionApproved({
      db: tx,
      decision: row,
      actorAccountId: params.accountId,
      now,
    });
    return { approved: true, mails };
  });
}
