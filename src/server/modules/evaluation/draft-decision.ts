import type { DraftDecisionInput } from '../../../contracts/evaluation.contracts';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  insertDecision,
  insertDecisionItems,
  listRoundResultsForDecision,
} from '../../../db/repositories/decisions.repository';
import { DomainError } from '../../../domain/errors';
import { chooseCertifiableResults } from './certifiable-results';
import { DEFAULT_LEGAL_BASES, issuerNameOf } from './decision-use-cases';
import type { RoundContext } from './evaluation-access';

/**
 * Drafts a decision for an adopted round: by default every result this level certifies.
 * A result belongs to one decision only (CONFLICT otherwise). Throws INVALID_TRANSITION (round
 * not adopted), VALIDATION_FAILED (a result not certifiable here), CONFLICT (number taken, a
 * result in another decision).
 */
export async function draftDecision(params: {
  ctx: RoundContext;
  audit: AuditContext;
  input: DraftDecisionInput;
  now: Date;
}) {
  const { ctx, input, now } = params;
  if (ctx.round.status !== 'adopted')
    throw new DomainError(
      'INVALID_TRANSITION',
      'Kết quả đợt đánh giá chưa được thông qua.',
      'The round results are not adopted yet.',
    );
  const chosen = chooseCertifiableResults(await listRoundResultsForDecision(ctx.db, ctx.round.id), {
    resultIds: input.resultIds,
  });
  return ctx.db.transaction(async (tx) => {
    const decision = await insertDecision(tx, {
      unitId: ctx.unit.id,
      level: ctx.round.level,
      roundId: ctx.round.id,
      number: input.number,
      signedOn: input.signedOn,
      titleVi:
        input.titleVi ?? `Quyết định công nhận kết quả đánh giá, phân hạng sản phẩm OCOP — ${ctx.round.name}`,
      legalBases: input.legalBases ?? DEFAULT_LEGAL_BASES,
      issuerName: issuerNameOf(ctx.unit),
      draftedBy: ctx.actor.accountId,
      draftedAt: now,
    });
    await insertDecisionItems(
      tx,
      chosen.map((r) => ({
        decisionId: decision.id,
        roundResultId: r.result.id,
        productId: r.result.productId,
        producerId: r.result.producerId,
        productSet: r.productSet,
        stars: r.result.stars!,
        meanHundredths: r.result.meanHundredths,
      })),
    );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'decision.drafted',
        entityType: 'decision',
        entityId: decision.id,
        unitId: ctx.unit.id,
        after: { number: input.number, signedOn: input.signedOn, resultIds: chosen.map((r) => r.result.id) },
      },
      now,
    );
    return decision;
  });
}
