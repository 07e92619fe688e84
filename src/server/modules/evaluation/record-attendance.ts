/**
 * Điểm danh — the standing office records who attended a round's meeting, who chaired and whether
 * the round is a meeting or a re-evaluation by written opinions. Quorum of every product is then
 * counted on this record (`domain/evaluation/meeting-quorum`).
 */
import type { AttendanceOutput, RecordAttendanceInput } from '../../../contracts/evaluation.contracts';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { replaceAttendance, updateRoundIf } from '../../../db/repositories/rounds.repository';
import { DomainError, type FieldProblem } from '../../../domain/errors';
import { describeQuorumRule } from '../../../domain/evaluation/meeting-quorum';
import { withDefaultSettings } from '../../../domain/rubric/council-settings';
import type { RoundContext } from './evaluation-access';
import { loadAttendance, seatsOfRound } from './round-data';

/** The attendance as recorded, or — without a record — read from who scored or declared. */
export async function presentAttendance(
  ctx: RoundContext,
  activeMemberIds?: ReadonlySet<string>,
): Promise<AttendanceOutput> {
  const rows = await loadAttendance(ctx.db, ctx.round.id);
  const recordOf = new Map(rows.map((r) => [r.memberId, r]));
  const nameOf = new Map(ctx.members.map((m) => [m.id, m.fullName]));
  const isRecorded = rows.length > 0;
  const seats = seatsOfRound(ctx.round, ctx.members);
  return {
    roundId: ctx.round.id,
    evaluationMode: ctx.round.evaluationMode,
    chairedBy: ctx.round.chairedBy,
    source: isRecorded ? 'recorded' : 'derived-from-sheets',
    quorumRule: describeQuorumRule(
      withDefaultSettings(ctx.round.settings).quorum,
      seats.length,
      ctx.round.evaluationMode,
    ),
    members: seats.map((seat) => {
      const record = recordOf.get(seat.memberId);
      return {
        memberId: seat.memberId,
        fullName: nameOf.get(seat.memberId) ?? '',
        role: seat.role,
        isPresent: isRecorded ? (record?.isPresent ?? false) : (activeMemberIds?.has(seat.memberId) ?? false),
        leftAt: record?.leftAt?.toISOString() ?? null,
      };
    }),
  };
}

/**
 * Replaces the round's attendance. Refused (INVALID_TRANSITION) once the results are adopted or
 * the round cancelled; VALIDATION_FAILED naming the field for a member not on the council at the
 * meeting date, a member listed twice, or a chair/vice-chair said to chair while absent.
 */
export async function recordAttendance(params: {
  ctx: RoundContext;
  audit: AuditContext;
  input: RecordAttendanceInput;
  now: Date;
}): Promise<void> {
  const { ctx, input, now } = params;
  if (ctx.round.status === 'adopted' || ctx.round.status === 'cancelled')
    throw new DomainError(
      'INVALID_TRANSITION',
      'Không sửa được điểm danh sau khi kết quả đã thông qua hoặc đợt đã hủy.',
      'Attendance cannot change once the results are adopted or the round is cancelled.',
    );
  const seats = seatsOfRound(ctx.round, ctx.members);
  const problems: FieldProblem[] = [];
  input.members.forEach((m, i) => {
    if (!seats.some((s) => s.memberId === m.memberId))
      problems.push({
        field: `members.${i}.memberId`,
        messageVi: 'Không phải thành viên chấm điểm của hội đồng vào ngày họp',
        messageEn: 'Not a scoring member of the council on the meeting date',
      });
    else if (input.members.findIndex((o) => o.memberId === m.memberId) !== i)
      problems.push({
        field: `members.${i}.memberId`,
        messageVi: 'Thành viên bị lặp',
        messageEn: 'Member listed twice',
      });
  });
  const isWritten = input.evaluationMode === 'written-opinion';
  if (isWritten && input.chairedBy !== null)
    problems.push({
      field: 'chairedBy',
      messageVi: 'Lấy ý kiến bằng văn bản không có người chủ trì',
      messageEn: 'Written opinions have nobody chairing',
    });
  if (!isWritten && input.chairedBy !== null) {
    const chairing = input.members.find(
      (m) => m.isPresent && seats.some((s) => s.memberId === m.memberId && s.role === input.chairedBy),
    );
    if (!chairing)
      problems.push({
        field: 'chairedBy',
        messageVi:
          input.chairedBy === 'chair' ? 'Chủ tịch hội đồng không có mặt' : 'Không có phó chủ tịch nào có mặt',
        messageEn: input.chairedBy === 'chair' ? 'The chair is not present' : 'No vice-chair is present',
      });
  }
  if (problems.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      `Điểm danh không hợp lệ tại ${problems[0]!.field}.`,
      `Invalid attendance at ${problems[0]!.field}.`,
      problems,
    );
  await ctx.db.transaction(async (tx) => {
    const row = await updateRoundIf(
      tx,
      ctx.round.id,
      { version: ctx.round.version },
      {
        evaluationMode: input.evaluationMode,
        chairedBy: input.chairedBy,
        updatedAt: now,
        version: ctx.round.version + 1,
      },
    );
    if (!row)
      throw new DomainError(
        'CONFLICT',
        'Đợt đánh giá vừa được thay đổi; hãy tải lại.',
        'The round changed meanwhile; reload it.',
      );
    await replaceAttendance(
      tx,
      ctx.round.id,
      input.members.map((m) => ({
        memberId: m.memberId,
        isPresent: m.isPresent,
        leftAt: m.leftAt ? new Date(m.leftAt) : null,
        recordedBy: ctx.actor.accountId,
        recordedAt: now,
      })),
    );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'round.attendance-recorded',
        entityType: 'round',
        entityId: ctx.round.id,
        unitId: ctx.round.unitId,
        after: {
          evaluationMode: input.evaluationMode,
          chairedBy: input.chairedBy,
          present: input.members.filter((m) => m.isPresent).map((m) => m.memberId),
          left: input.members
            .filter((m) => m.leftAt)
            .map((m) => ({ memberId: m.memberId, leftAt: m.leftAt })),
        },
      },
      now,
    );
  });
}
