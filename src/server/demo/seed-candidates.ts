import type { Database } from '../../db/database';
import { appendAudit, SYSTEM_AUDIT_CONTEXT } from '../../db/repositories/audit.repository';
import {
  findLiveCandidateOfProduct,
  insertCandidate,
  lastResultsOfProducts,
} from '../../db/repositories/candidates.repository';
import type { AdminUnitRow } from '../../db/repositories/admin-units.repository';
import { findFiveStarConsultantContract } from '../../db/seed/demo-candidates';
import { failedFiveStarCriteria, isFiveStarSuggestion } from '../../domain/candidates';

type Unit = AdminUnitRow;

/** What the plan says for a failed criterion the demo does not name specifically. */
const GENERIC_ACTION =
  'Bổ sung minh chứng và hoàn thiện theo hướng dẫn của đơn vị tư vấn trước đợt đánh giá Trung ương';

/**
 * The demo province's 5★ candidate: the product of the consultant contract the promotion seed
 * signed "for the 5★ candidate", supported with that consultant, the contract's budget and end
 * date, and one improvement per mandatory criterion its last result failed. Idempotent: skipped
 * when the product already is a live candidate.
 */
export async function seedDemoCandidates(params: {
  db: Database;
  now: Date;
  province: Unit;
  accountIdByUsername: ReadonlyMap<string, string>;
}): Promise<void> {
  const { db, now, province } = params;
  const contract = await findFiveStarConsultantContract(db, province.id);
  const productId = contract?.productId;
  if (!contract || !productId || (await findLiveCandidateOfProduct(db, productId))) return;
  const lastResult = (await lastResultsOfProducts(db, [productId])).get(productId);
  const isSuggested = lastResult !== undefined && isFiveStarSuggestion(lastResult.result.meanHundredths);
  const failed = lastResult ? failedFiveStarCriteria(lastResult.result) : [];
  const createdBy = params.accountIdByUsername.get('tinh.vpdp') ?? null;
  await db.transaction(async (tx) => {
    const row = await insertCandidate(tx, {
      unitId: province.id,
      productId,
      origin: isSuggested ? 'suggestion' : 'decision',
      sourceResultId: lastResult?.result.id ?? null,
      reason: isSuggested
        ? ''
        : 'Sản phẩm chủ lực của thành phố, có thị trường xuất khẩu; Văn phòng Điều phối đề xuất chuẩn bị đánh giá 5 sao',
      status: 'supported',
      consultantId: contract.consultantId,
      budgetVnd: contract.budgetVnd,
      deadline: contract.endsOn,
      improvements: failed.map((f) => ({ criterionCode: f.criterionCode, action: GENERIC_ACTION })),
      planNote:
        'Hoàn thiện bao bì song ngữ, câu chuyện sản phẩm và hồ sơ sở hữu trí tuệ; gửi hồ sơ đánh giá Trung ương trong năm.',
      createdBy,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      SYSTEM_AUDIT_CONTEXT,
      {
        action: 'demo.five-star-candidate-created',
        entityType: 'five-star-candidate',
        entityId: row.id,
        unitId: province.id,
        after: { productId, status: row.status, consultantId: row.consultantId },
      },
      now,
    );
  });
}
