/**
 * In-app notices of the decision review: the standing office of the issuing unit learns that the
 * leader returned its draft (with the reason); the unit's leaders learn that it is back with them.
 * Written in the caller's transaction.
 */
import type { Database } from '../../../db/database';
import { insertNotifications, listRoleRecipients } from '../../../db/repositories/dossiers.repository';
import type { AdminUnitRow, DecisionRow } from '../../../db/repositories/decisions.repository';

async function notifyRole(params: {
  db: Database;
  role: 'standing_office' | 'leader';
  unit: AdminUnitRow;
  decision: DecisionRow;
  kind: string;
  text: { titleVi: string; titleEn: string; bodyVi: string; bodyEn: string };
  actorAccountId: string;
  now: Date;
}): Promise<void> {
  const today = params.now.toISOString().slice(0, 10);
  // Only the issuing unit's own office or leaders: the level above is not asked to act.
  const recipients = (await listRoleRecipients(params.db, params.role, params.unit.path, today)).filter(
    (r) => r.grantPath === params.unit.path && r.accountId !== params.actorAccountId,
  );
  await insertNotifications(
    params.db,
    recipients.map((r) => ({
      accountId: r.accountId,
      kind: params.kind,
      ...params.text,
      entityType: 'decision',
      entityId: params.decision.id,
      createdAt: params.now,
    })),
  );
}

/** Tells the standing office that the leader returned the draft, and why. */
export function notifyDecisionReturned(params: {
  db: Database;
  unit: AdminUnitRow;
  decision: DecisionRow;
  leaderName: string;
  reason: string;
  actorAccountId: string;
  now: Date;
}): Promise<void> {
  const { decision, leaderName, reason } = params;
  return notifyRole({
    ...params,
    role: 'standing_office',
    kind: 'decision.returned',
    text: {
      titleVi: `Dự thảo quyết định ${decision.number} bị trả lại`,
      titleEn: `Draft decision ${decision.number} returned`,
      bodyVi: `${leaderName} trả lại dự thảo quyết định ${decision.number}. Lý do: ${reason}`,
      bodyEn: `${leaderName} returned draft decision ${decision.number}. Reason: ${reason}`,
    },
  });
}

/** Tells the unit's leaders that the amended draft is back for approval. */
export function notifyDecisionResubmitted(params: {
  db: Database;
  unit: AdminUnitRow;
  decision: DecisionRow;
  actorAccountId: string;
  now: Date;
}): Promise<void> {
  const { decision } = params;
  return notifyRole({
    ...params,
    role: 'leader',
    kind: 'decision.resubmitted',
    text: {
      titleVi: `Dự thảo quyết định ${decision.number} được trình lại`,
      titleEn: `Draft decision ${decision.number} resubmitted`,
      bodyVi: `Văn phòng Điều phối đã sửa và trình lại dự thảo quyết định ${decision.number} để phê duyệt.`,
      bodyEn: `The standing office amended and resubmitted draft decision ${decision.number} for approval.`,
    },
  });
}
