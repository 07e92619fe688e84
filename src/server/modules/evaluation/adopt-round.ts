import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { insertRoundResults, type NewRoundResult } from '../../../db/repositories/round-results.repository';
import { findRoundStatus, updateRoundInStatus } from '../../../db/repositories/round-status.repository';
import { DomainError } from '../../../domain/errors';
import { earlyActionReason } from '../../../domain/evaluation/before-meeting-rule';
import { checkRoundAdoption, type RoundAdoptionCheck } from '../../../domain/evaluation/product-result';
import { transitionRound } from '../../../domain/evaluation/round-workflow';
import { vietnamToday } from '../../jobs/job-definition';
import { endFailedReEvaluations } from './end-failed-re-evaluations';
import type { RoundContext } from './evaluation-access';
import { evaluateAgenda, totalOf, type EvaluatedItem } from './round-data';
import { roundChanged } from './round-changed';

function adoptionBlocked(evaluated: readonly EvaluatedItem[], check: RoundAdoptionCheck): DomainError {
  const nameOf = new Map(evaluated.map((e) => [e.item.id, e.item.productName]));
  return new DomainError(
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

/** The result row of one product, as the council adopts it. */
function roundResultOf(
  ctx: RoundContext,
  memberName: ReadonlyMap<string, string>,
  { item, evaluation, current }: EvaluatedItem,
  now: Date,
): NewRoundResult {
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
  if (!check.canAdopt) throw adoptionBlocked(evaluated, check);
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
      throw roundChanged();
    }
    await insertRoundResults(
      tx,
      evaluated.map((e) => roundResultOf(ctx, memberName, e, now)),
    );
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
