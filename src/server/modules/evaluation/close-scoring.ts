import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateRoundInStatus } from '../../../db/repositories/round-status.repository';
import { earlyActionReason } from '../../../domain/evaluation/before-meeting-rule';
import { transitionRound } from '../../../domain/evaluation/round-workflow';
import { vietnamToday } from '../../jobs/job-definition';
import type { RoundContext } from './evaluation-access';
import { roundChanged } from './round-changed';

/**
 * Closes scoring: drafts still open are not counted. Before the meeting date only with the chair's
 * `reason` (audited). Throws INVALID_TRANSITION, OVERRIDE_REQUIRED, CONFLICT.
 */
export async function closeScoring(params: {
  ctx: RoundContext;
  audit: AuditContext;
  now: Date;
  reason?: string;
}) {
  const { ctx, now } = params;
  const next = transitionRound(ctx.round.status, 'close_scoring');
  const earlyReason = earlyActionReason({
    action: 'close_scoring',
    meetingOn: ctx.round.meetingOn,
    today: vietnamToday(now),
    reason: params.reason,
  });
  return ctx.db.transaction(async (tx) => {
    const row = await updateRoundInStatus(tx, ctx.round.id, 'open', {
      status: next,
      closedAt: now,
      updatedAt: now,
      version: ctx.round.version + 1,
    });
    if (!row) throw roundChanged();
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'round.scoring-closed',
        entityType: 'round',
        entityId: ctx.round.id,
        unitId: ctx.round.unitId,
        before: { status: 'open' },
        after: earlyReason
          ? { status: next, beforeMeetingOn: ctx.round.meetingOn, reason: earlyReason }
          : { status: next },
      },
      now,
    );
    return row;
  });
}
