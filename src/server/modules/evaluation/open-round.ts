import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateRoundIf, type RoundOverride } from '../../../db/repositories/rounds.repository';
import type { OpenRoundInput } from '../../../contracts/evaluation.contracts';
import { DomainError } from '../../../domain/errors';
import { transitionRound } from '../../../domain/evaluation/round-workflow';
import { checkMeetingDate } from '../../../domain/evaluation/meeting-date-check';
import { loadWorkingDayCalendar } from '../calendar/holiday-calendar';
import type { RoundContext } from './evaluation-access';
import { compositionOf } from './create-round';
import { loadAgenda } from './round-data';

/**
 * Opens a round: assigned members get access to the dossiers and may declare conflicts and
 * score. Refused with OVERRIDE_REQUIRED when the meeting is fewer working days after distribution
 * than the pinned setting, or when the council's composition has problems — unless the call
 * gives a reason for each, which is recorded (who, when, why) on the round and in the audit log.
 * Throws INVALID_TRANSITION, OVERRIDE_REQUIRED, CONFLICT (changed meanwhile).
 */
export async function openRound(params: {
  ctx: RoundContext;
  audit: AuditContext;
  input: OpenRoundInput;
  actorName: string;
  now: Date;
}) {
  const { ctx, input, now } = params;
  const next = transitionRound(ctx.round.status, 'open');
  // Members reach the electronic dossiers when the round opens, so an earlier distribution date
  // would meet the working-day rule on paper only. (UTC date: never later than Vietnam's.)
  if (input.distributedOn < now.toISOString().slice(0, 10))
    throw new DomainError(
      'VALIDATION_FAILED',
      'Ngày gửi hồ sơ không thể trước ngày mở đợt: thành viên nhận hồ sơ điện tử khi đợt được mở.',
      'The distribution date cannot be before the opening day: members receive the electronic dossiers when the round opens.',
      [
        {
          field: 'distributedOn',
          messageVi: 'Không thể trước ngày mở đợt',
          messageEn: 'Cannot be before the opening day',
        },
      ],
    );
  // Weekends and the stored calendar (national days + the council's province) are skipped.
  const holidays = await loadWorkingDayCalendar(ctx.db, ctx.unit.path, now);
  const dateCheck = checkMeetingDate({
    distributedOn: input.distributedOn,
    meetingOn: ctx.round.meetingOn,
    requiredWorkingDays: ctx.round.settings.meetingNoticeWorkingDays,
    holidays,
  });
  const agenda = await loadAgenda(ctx.db, ctx.round.id);
  const composition = compositionOf(
    ctx.members.filter((m) => m.removedAt === null),
    ctx.council.level,
    agenda.map((a) => a.productSet),
  );
  const problems: string[] = [];
  if (!dateCheck.isAllowed && !input.meetingDateOverrideReason) problems.push(dateCheck.messageVi);
  if (!composition.isValid && !input.compositionOverrideReason)
    problems.push(...composition.problems.map((p) => p.messageVi));
  if (problems.length > 0)
    throw new DomainError(
      'OVERRIDE_REQUIRED',
      `Chưa mở được đợt đánh giá: ${problems.join(' ')} Nếu vẫn mở, hãy ghi rõ lý do.`,
      'The round cannot open as it is; give a reason to override.',
      undefined,
      {
        meetingDate: dateCheck,
        compositionProblems: composition.problems,
      },
    );
  const at = now.toISOString();
  const override = (reason: string | undefined, problemsVi: string[]): RoundOverride | null =>
    reason && problemsVi.length > 0
      ? { reason, byAccountId: ctx.actor.accountId, byName: params.actorName, at, problemsVi }
      : null;
  const meetingDateOverride = override(
    input.meetingDateOverrideReason,
    dateCheck.isAllowed ? [] : [dateCheck.messageVi],
  );
  const compositionOverride = override(
    input.compositionOverrideReason,
    composition.problems.map((p) => p.messageVi),
  );
  return ctx.db.transaction(async (tx) => {
    const row = await updateRoundIf(
      tx,
      ctx.round.id,
      { status: 'draft' },
      {
        status: next,
        distributedOn: input.distributedOn,
        meetingDateOverride,
        compositionOverride,
        compositionProblems: composition.problems,
        openedAt: now,
        updatedAt: now,
        version: ctx.round.version + 1,
      },
    );
    if (!row)
      throw new DomainError(
        'CONFLICT',
        'Đợt đánh giá vừa được thay đổi.',
        'The round was changed meanwhile.',
      );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'round.opened',
        entityType: 'round',
        entityId: ctx.round.id,
        unitId: ctx.round.unitId,
        before: { status: 'draft' },
        after: { status: next, distributedOn: input.distributedOn, meetingDateOverride, compositionOverride },
      },
      now,
    );
    return row;
  });
}
