/**
 * The case of a set-26 product ("lựa chọn một trong hai trường hợp": community tourism or a single
 * tourist spot) is fixed once for the product when the round is set up, from the producer's
 * Biểu 2. The standing office may correct it until a member has saved a sheet for the product;
 * after that every member has scored that case and the change is refused (409). Audited.
 */
import type { SetRoundProductCaseInput } from '../../../contracts/evaluation.contracts';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findRoundProduct,
  hasScoreSheet,
  lockRoundProduct,
  setRoundProductCaseChoices,
} from '../../../db/repositories/rounds.repository';
import { DomainError, notFound } from '../../../domain/errors';
import type { RoundContext } from './evaluation-access';
import { rubricSheetLoader } from './round-data';

/** Rounds whose products can still be set up: scoring has not been closed. */
const CHANGEABLE_STATUSES: readonly string[] = ['draft', 'open'];

export async function setRoundProductCase(params: {
  ctx: RoundContext;
  audit: AuditContext;
  roundProductId: string;
  input: SetRoundProductCaseInput;
  now: Date;
}): Promise<void> {
  const { ctx, input, now } = params;
  if (!CHANGEABLE_STATUSES.includes(ctx.round.status))
    throw new DomainError(
      'INVALID_TRANSITION',
      'Đợt đánh giá đã kết thúc chấm điểm: không đổi được trường hợp.',
      'Scoring of the round is over: the case cannot be changed.',
    );
  const item = await findRoundProduct(ctx.db, ctx.round.id, params.roundProductId);
  if (!item) throw notFound('sản phẩm trong đợt', 'Round product');
  const sheet = (await rubricSheetLoader(ctx.db))(item.rubricVersionId, item.productSet);
  const blocks = sheet.parts.flatMap((p) => p.groups).filter((g) => g.cases?.length);
  const problems = [
    ...Object.keys(input.caseChoices)
      .filter((code) => !blocks.some((g) => g.code === code))
      .map((code) => ({
        field: `caseChoices.${code}`,
        messageVi: `Bộ ${item.productSet} không có nhóm chọn trường hợp ${code}`,
        messageEn: `Set ${item.productSet} has no case block ${code}`,
      })),
    ...blocks
      .filter((g) => !g.cases!.some((k) => k.number === input.caseChoices[g.code]))
      .map((g) => ({
        field: `caseChoices.${g.code}`,
        messageVi: `Chọn trường hợp ${g.cases!.map((k) => k.number).join(' hoặc ')}`,
        messageEn: `Choose case ${g.cases!.map((k) => k.number).join(' or ')}`,
      })),
  ];
  if (problems.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Trường hợp chọn cho sản phẩm không hợp lệ.',
      'The cases chosen for the product are not valid.',
      problems,
    );
  await ctx.db.transaction(async (tx) => {
    // Lock the product row so that a concurrent change waits, then check that nobody scored yet.
    const locked = await lockRoundProduct(tx, item.id);
    if (await hasScoreSheet(tx, item.id))
      throw new DomainError(
        'CONFLICT',
        'Đã có thành viên lưu phiếu chấm cho sản phẩm này: không đổi được trường hợp.',
        'A member has already saved a score sheet for this product: the case cannot be changed.',
        [{ field: 'caseChoices', messageVi: 'Đã có phiếu chấm', messageEn: 'A sheet is already saved' }],
      );
    await setRoundProductCaseChoices(tx, item.id, input.caseChoices);
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'round.product-case-changed',
        entityType: 'round',
        entityId: ctx.round.id,
        unitId: ctx.round.unitId,
        before: { roundProductId: item.id, caseChoices: locked!.caseChoices },
        after: { roundProductId: item.id, caseChoices: input.caseChoices, reason: input.reason },
      },
      now,
    );
  });
}
