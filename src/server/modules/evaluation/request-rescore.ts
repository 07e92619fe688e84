import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateRoundInStatus } from '../../../db/repositories/round-status.repository';
import { DomainError } from '../../../domain/errors';
import { transitionRound } from '../../../domain/evaluation/round-workflow';
import type { RoundContext } from './evaluation-access';
import { insertRescoreVersion } from './insert-rescore-version';
import { findCurrentSheet, loadAgenda } from './round-data';
import { roundChanged } from './round-changed';

/**
 * Asks named members to re-score a product: each gets a new draft version carrying the reason.
 * Reopens scoring when it was closed. Throws VALIDATION_FAILED (member not assigned or nothing
 * submitted), INVALID_TRANSITION.
 */
export async function requestRescore(params: {
  ctx: RoundContext;
  audit: AuditContext;
  roundProductId: string;
  memberIds: string[];
  reason: string;
  now: Date;
}) {
  const { ctx, now } = params;
  const next = transitionRound(ctx.round.status, 'request_rescore');
  const item = (await loadAgenda(ctx.db, ctx.round.id)).find((a) => a.id === params.roundProductId);
  if (!item)
    throw new DomainError('NOT_FOUND', 'Không có sản phẩm này trong đợt.', 'No such product in the round.');
  const currents = await Promise.all(params.memberIds.map((id) => findCurrentSheet(ctx.db, item.id, id)));
  const problems = params.memberIds.filter(
    (id, i) => !item.memberIds.includes(id) || currents[i]?.status !== 'submitted',
  );
  if (problems.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Chỉ yêu cầu chấm lại với thành viên được phân công đã nộp phiếu.',
      'Only assigned members with a submitted sheet can be asked to re-score.',
      problems.map((id) => ({
        field: `memberIds.${params.memberIds.indexOf(id)}`,
        messageVi: 'Chưa nộp phiếu hoặc không được phân công',
        messageEn: 'Not submitted or not assigned',
      })),
    );
  return ctx.db.transaction(async (tx) => {
    if (next !== ctx.round.status) {
      const row = await updateRoundInStatus(tx, ctx.round.id, ctx.round.status, {
        status: next,
        closedAt: null,
        updatedAt: now,
        version: ctx.round.version + 1,
      });
      if (!row) throw roundChanged();
    }
    const created = [];
    for (const current of currents)
      created.push(
        await insertRescoreVersion({
          db: tx,
          current: current!,
          reason: params.reason,
          requestedBy: ctx.actor.accountId,
          now,
        }),
      );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'round.rescore-requested',
        entityType: 'round-product',
        entityId: item.id,
        unitId: ctx.round.unitId,
        after: { memberIds: params.memberIds, reason: params.reason, reopened: next !== ctx.round.status },
      },
      now,
    );
    return created;
  });
}
