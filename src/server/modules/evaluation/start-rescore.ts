import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { DomainError } from '../../../domain/errors';
import type { CouncilMemberRow, RoundContext } from './evaluation-access';
import { insertRescoreVersion } from './insert-rescore-version';
import { findCurrentSheet, type AgendaItem, type ScoreSheetRow } from './round-data';
import { assertMayScore } from './score-sheet-access';

/** The member re-scores their own submitted sheet while scoring is open. */
export async function startRescore(params: {
  ctx: RoundContext;
  audit: AuditContext;
  member: CouncilMemberRow;
  item: AgendaItem;
  reason: string;
  now: Date;
}): Promise<ScoreSheetRow> {
  const { ctx, member, item, now } = params;
  assertMayScore(ctx, member, item);
  const current = await findCurrentSheet(ctx.db, item.id, member.id);
  if (!current)
    throw new DomainError('INVALID_TRANSITION', 'Chưa có phiếu chấm đã nộp.', 'No submitted sheet yet.');
  if (current.status === 'draft' && current.version > 1 && current.reason === params.reason) return current;
  return ctx.db.transaction(async (tx) => {
    const row = await insertRescoreVersion({
      db: tx,
      current,
      reason: params.reason,
      requestedBy: ctx.actor.accountId,
      now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'score-sheet.rescore-started',
        entityType: 'score-sheet',
        entityId: row.id,
        unitId: ctx.round.unitId,
        after: { memberId: member.id, version: row.version, reason: params.reason },
      },
      now,
    );
    return row;
  });
}
