/**
 * The chair's actions on a round: request re-scoring from named members, close scoring, adopt
 * the results. Only the council's chair (seat + council_chair grant) calls them.
 */
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { insertRoundResults, type NewRoundResult } from '../../../db/repositories/round-results.repository';
import { findRoundStatus, updateRoundInStatus } from '../../../db/repositories/round-status.repository';
import { DomainError } from '../../../domain/errors';
import { checkRoundAdoption } from '../../../domain/evaluation/product-result';
import { transitionRound } from '../../../domain/evaluation/round-workflow';
import { earlyActionReason } from '../../../domain/evaluation/before-meeting-rule';
import { vietnamToday } from '../../jobs/job-definition';
import { endFailedReEvaluations } from './end-failed-re-evaluations';
import type { RoundContext } from './evaluation-access';
import { evaluateAgenda, findCurrentSheet, loadAgenda, totalOf } from './round-data';
import { insertRescoreVersion } from './score-sheet-use-cases';

function changed(): DomainError {
  return new DomainError(
    'CONFLICT',
    'Đợt đánh giá vừa được thay đổi; hãy tải lại.',
    'The round changed meanwhile; reload it.',
  );
}

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
      if (!row) throw changed();
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
    if (!row) throw changed();
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

/**
 * Adopts the round's results (thông qua kết quả): refused with ADOPTION_BLOCKED while any
 * product lacks quorum or breaks the 10-point rule; otherwise writes one result per product.
 * Idempotent: adopting an adopted round (a double click, two chairs' tabs) returns the same
 * results and writes nothing. Before the meeting date only with the chair's `reason` (audited).
 * Throws INVALID_TRANSITION, ADOPTION_BLOCKED, OVERRIDE_REQUIRED.
 */
export async function adoptRound(params: {
  ctx: RoundContext;
  audit: AuditContext;
  now: Date;
  reason?: string;
}): Promise<{ adopted: boolean }> {
  const { ctx, now } = params;
  if (ctx.round.status === 'adopted') return { adopted: false };
  transitionRound(ctx.round.status, 'adopt');
  const earlyReason = earlyActionReason({
    action: 'adopt',
    meetingOn: ctx.round.meetingOn,
    today: vietnamToday(now),
    reason: params.reason,
  });
  const evaluated = await evaluateAgenda(ctx);
  const check = checkRoundAdoption(
    evaluated.map((e) => ({ productId: e.item.id, evaluation: e.evaluation })),
  );
  if (!check.canAdopt) {
    const nameOf = new Map(evaluated.map((e) => [e.item.id, e.item.productName]));
    throw new DomainError(
      'ADOPTION_BLOCKED',
      `Chưa thông qua được kết quả: ${check.blockers.map((b) => `${nameOf.get(b.productId)}: ${b.blocker.messageVi}`).join(' ')}`,
      `Results cannot be adopted: ${check.blockers.map((b) => `${nameOf.get(b.productId)}: ${b.blocker.messageEn}`).join(' ')}`,
      undefined,
      {
        blockers: check.blockers.map((b) => ({
          roundProductId: b.productId,
          code: b.blocker.code,
          memberIds: b.blocker.memberIds ?? [],
        })),
      },
    );
  }
  const memberName = new Map(ctx.members.map((m) => [m.id, m.fullName]));
  return ctx.db.transaction(async (tx) => {
    const row = await updateRoundInStatus(tx, ctx.round.id, 'closed', {
      status: 'adopted',
      adoptedAt: now,
      adoptedBy: ctx.actor.accountId,
      updatedAt: now,
      version: ctx.round.version + 1,
    });
    if (!row) {
      if ((await findRoundStatus(tx, ctx.round.id)) === 'adopted') return { adopted: false };
      throw changed();
    }
    const results = evaluated.map(({ item, evaluation, current }): NewRoundResult => {
      const award = evaluation.award!;
      const route = evaluation.route!;
      const counted = [...current.values()].filter(
        (s) =>
          s.status === 'submitted' &&
          item.declarations.get(s.memberId) !== 'conflict' &&
          item.memberIds.includes(s.memberId),
      );
      return {
        roundId: ctx.round.id,
        roundProductId: item.id,
        productId: item.productId,
        producerId: item.producerId,
        meanHundredths: Math.round(evaluation.aggregate!.mean * 100),
        bandStars: award.bandStars,
        stars: award.stars,
        isCertifiable: award.isCertifiable,
        routeAction: route.action,
        routeTargetLevel: route.targetLevel ?? null,
        routeReading: route.reading,
        explanationVi: `${award.explanationVi} ${route.explanationVi}`,
        explanationEn: `${award.explanationEn} ${route.explanationEn}`,
        memberTotals: counted.map((s) => ({
          memberId: s.memberId,
          name: memberName.get(s.memberId) ?? '',
          total: totalOf(s),
          version: s.version,
        })),
        blockedBy: award.blockedBy.map((b) => ({
          criterionCode: b.criterionCode,
          star: b.star,
          titleVi: b.criterionTitleVi,
        })),
        knockOuts: award.knockOuts.map((k) => ({
          criterionCode: k.criterionCode,
          reasonVi: k.reasonVi,
          reasonEn: k.reasonEn,
        })),
        adoptedAt: now,
        adoptedBy: ctx.actor.accountId,
      };
    });
    await insertRoundResults(tx, results);
    await endFailedReEvaluations({
      tx,
      audit: params.audit,
      roundId: ctx.round.id,
      decidedOn: vietnamToday(now),
      now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'round.adopted',
        entityType: 'round',
        entityId: ctx.round.id,
        unitId: ctx.round.unitId,
        before: { status: 'closed' },
        after: earlyReason
          ? {
              status: 'adopted',
              products: evaluated.length,
              beforeMeetingOn: ctx.round.meetingOn,
              reason: earlyReason,
            }
          : { status: 'adopted', products: evaluated.length },
      },
      now,
    );
    return { adopted: true };
  });
}
