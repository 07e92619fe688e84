import type { AmendDecisionInput } from '../../../contracts/decision-review.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  listDecisionItemResultIds,
  listRoundResultsForDecision,
  replaceDecisionItems,
  updateDecisionAtVersion,
  type DecisionRow,
} from '../../../db/repositories/decisions.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionDecision } from '../../../domain/evaluation/decision-workflow';
import { DomainError, staleVersion } from '../../../domain/errors';
import { chooseCertifiableResults } from './certifiable-results';
import { decisionToAct } from './decision-access';

/**
 * The standing office amends a draft or returned decision (sửa dự thảo): number, signing date,
 * title, legal bases, and — with `resultIds` — the products it certifies (the items are drawn again
 * from the round's adopted results). The status is kept: a returned decision still needs resubmitting.
 * Audited with the fields before and after.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION (approved), VALIDATION_FAILED (a result not
 *   certifiable here), CONFLICT (stale version, number already used)
 */
export async function amendDecision(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  decisionId: string;
  input: AmendDecisionInput;
  now: Date;
}): Promise<DecisionRow> {
  const { db, actor, input, now } = params;
  const { decision } = await decisionToAct(db, actor, params.decisionId, 'decision.draft');
  transitionDecision(decision.status, 'amend');
  if (input.resultIds && !decision.roundId)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Quyết định không gắn với đợt đánh giá nào: không chọn lại được sản phẩm.',
      'The decision has no round: its products cannot be chosen again.',
      [{ field: 'resultIds', messageVi: 'Không có đợt đánh giá', messageEn: 'No round' }],
    );
  const chosen =
    input.resultIds && decision.roundId
      ? chooseCertifiableResults(await listRoundResultsForDecision(db, decision.roundId), {
          resultIds: input.resultIds,
          decisionId: decision.id,
        })
      : undefined;
  const fields = {
    ...(input.number !== undefined ? { number: input.number } : {}),
    ...(input.signedOn !== undefined ? { signedOn: input.signedOn } : {}),
    ...(input.titleVi !== undefined ? { titleVi: input.titleVi } : {}),
    ...(input.legalBases !== undefined ? { legalBases: input.legalBases } : {}),
  };
  return db.transaction(async (tx) => {
    const before = await listDecisionItemResultIds(tx, decision.id);
    const row = await updateDecisionAtVersion(
      tx,
      decision.id,
      { version: input.version, status: decision.status },
      fields,
    );
    if (!row) throw staleVersion('Quyết định', 'decision');
    if (chosen)
      await replaceDecisionItems(
        tx,
        decision.id,
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
    const pick = (d: DecisionRow) => ({
      number: d.number,
      signedOn: d.signedOn,
      titleVi: d.titleVi,
      legalBases: d.legalBases,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'decision.amended',
        entityType: 'decision',
        entityId: row.id,
        unitId: row.unitId,
        before: { ...pick(decision), resultIds: before },
        after: { ...pick(row), resultIds: chosen ? chosen.map((r) => r.result.id) : before },
      },
      now,
    );
    return row;
  });
}
