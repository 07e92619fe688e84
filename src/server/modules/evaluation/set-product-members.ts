/**
 * Phân công thành viên chấm — at round set-up the standing office changes which members score a
 * product. Only before the round opens: once open, members have the dossiers and may have declared
 * or scored (409). Every member must be a current scoring member of the council (chair,
 * vice-chair, member) and free of conflicts of interest with the product's producer. Audited
 * with the assignment before and after.
 */
import type { SetRoundProductMembersInput } from '../../../contracts/round-assignment.contracts';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  lockRoundStatus,
  replaceProductAssignments,
  touchRound,
} from '../../../db/repositories/round-assignments.repository';
import { isRoundActionAllowed } from '../../../domain/evaluation/round-workflow';
import { VOTING_MEMBER_ROLES } from '../../../domain/evaluation/evaluation.types';
import { DomainError, notFound, type FieldProblem } from '../../../domain/errors';
import { conflictHintsFor } from './declare-conflict';
import type { RoundContext } from './evaluation-access';
import { loadAgenda } from './round-data';

const notOpenAnyMore = () =>
  new DomainError(
    'INVALID_TRANSITION',
    'Đợt đánh giá đã mở: không đổi được phân công thành viên chấm.',
    'The round is open: the members scoring a product cannot be changed.',
  );

/** @throws NOT_FOUND (product not in the round), INVALID_TRANSITION (round opened), VALIDATION_FAILED (`memberIds.N`) */
export async function setProductMembers(params: {
  ctx: RoundContext;
  audit: AuditContext;
  roundProductId: string;
  input: SetRoundProductMembersInput;
  now: Date;
}): Promise<void> {
  const { ctx, input, now } = params;
  if (!isRoundActionAllowed(ctx.round.status, 'edit')) throw notOpenAnyMore();
  const item = (await loadAgenda(ctx.db, ctx.round.id)).find((a) => a.id === params.roundProductId);
  if (!item) throw notFound('sản phẩm trong đợt', 'Round product');
  const memberIds = [...new Set(input.memberIds)];
  const problems: FieldProblem[] = [];
  for (const [index, memberId] of memberIds.entries()) {
    const member = ctx.members.find((m) => m.id === memberId && m.removedAt === null);
    if (!member || !(VOTING_MEMBER_ROLES as readonly string[]).includes(member.role)) {
      problems.push({
        field: `memberIds.${index}`,
        messageVi: 'Không phải thành viên chấm điểm của hội đồng',
        messageEn: 'Not a scoring member of the council',
      });
      continue;
    }
    const hints = await conflictHintsFor(ctx, member, item);
    if (hints.length > 0 || item.declarations.get(memberId) === 'conflict')
      problems.push({
        field: `memberIds.${index}`,
        messageVi: `${member.fullName}: xung đột lợi ích — ${hints.map((h) => h.messageVi).join(' ') || 'đã khai báo'}`,
        messageEn: `${member.fullName}: conflict of interest — ${hints.map((h) => h.messageEn).join(' ') || 'declared'}`,
      });
  }
  if (problems.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      `Không phân công được: ${problems.map((p) => p.messageVi).join('; ')}.`,
      `Cannot assign: ${problems.map((p) => p.messageEn).join('; ')}.`,
      problems,
    );
  await ctx.db.transaction(async (tx) => {
    // Opening updates the same row: either it waits for this change, or this change sees it open.
    const status = await lockRoundStatus(tx, ctx.round.id);
    if (status !== 'draft') throw notOpenAnyMore();
    await replaceProductAssignments(tx, item.id, memberIds, now);
    await touchRound(tx, ctx.round.id, now);
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'round.assignment-changed',
        entityType: 'round',
        entityId: ctx.round.id,
        unitId: ctx.round.unitId,
        before: { roundProductId: item.id, memberIds: item.memberIds },
        after: { roundProductId: item.id, memberIds },
      },
      now,
    );
  });
}
