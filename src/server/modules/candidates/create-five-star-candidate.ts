import type { CreateFiveStarCandidateInput } from '../../../contracts/candidates.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findLiveCandidateOfProduct,
  findProductProvince,
  insertCandidate,
  lastResultsOfProducts,
} from '../../../db/repositories/candidates.repository';
import type { Actor } from '../../../domain/access/permissions';
import { canManageCandidate, isFiveStarSuggestion } from '../../../domain/candidates';
import { DomainError, forbidden } from '../../../domain/errors';
import { invalidField } from './candidate-access';

/**
 * Marks a product of the province as a 5★ candidate: from a suggestion (its last result reached
 * 90 points) or by the province's decision with a reason.
 * @throws VALIDATION_FAILED (unknown product, suggestion below 90 points), FORBIDDEN (not the
 *   standing office of the product's province), CONFLICT (the product is already a live candidate)
 */
export async function createFiveStarCandidate(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  input: CreateFiveStarCandidateInput;
}): Promise<string> {
  const { db, input, now } = params;
  const province = await findProductProvince(db, input.productId);
  if (!province) throw invalidField('productId', 'Không có sản phẩm này', 'No such product');
  if (!canManageCandidate(params.actor, { unitPath: province.unitPath })) throw forbidden();
  const lastResult = (await lastResultsOfProducts(db, [input.productId])).get(input.productId);
  if (
    input.origin === 'suggestion' &&
    !(lastResult && isFiveStarSuggestion(lastResult.result.meanHundredths))
  ) {
    throw invalidField(
      'origin',
      'Kết quả đánh giá gần nhất của sản phẩm chưa đạt 90 điểm; hãy chọn theo quyết định và nêu lý do',
      'The product’s last result is below 90 points; choose it by decision with a reason',
    );
  }
  return db.transaction(async (tx) => {
    if (await findLiveCandidateOfProduct(tx, input.productId)) {
      throw new DomainError(
        'CONFLICT',
        'Sản phẩm này đã là ứng viên 5 sao.',
        'This product is already a 5★ candidate.',
      );
    }
    const row = await insertCandidate(tx, {
      unitId: province.unitId,
      productId: input.productId,
      origin: input.origin,
      sourceResultId: lastResult?.result.id ?? null,
      reason: input.reason ?? '',
      createdBy: params.actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'five-star-candidate.created',
        entityType: 'five-star-candidate',
        entityId: row.id,
        unitId: province.unitId,
        after: {
          productId: row.productId,
          origin: row.origin,
          reason: row.reason,
          sourceResultId: row.sourceResultId,
        },
      },
      now,
    );
    return row.id;
  });
}
