import type { CreateConsultantContractInput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findConsultant,
  insertConsultantContract,
  linkContractAsConsultancy,
} from '../../../db/repositories/promotion-consultants.repository';
import { existingProducerIds, productsByIds } from '../../../db/repositories/promotion.repository';
import type { Actor } from '../../../domain/access/permissions';
import { CONSULTANT } from './get-consultant';
import { assertRecordAccess, invalidField } from './promotion-access';

/**
 * Records a consultant's contract with a producer (optionally for one product). When the
 * consultant has an account, the contract also becomes a consultancy link (quan hệ tư vấn) for
 * the contract's period, so that a council sees the conflict-of-interest hint if that person
 * later scores the producer; an existing link is left as it is.
 */
export async function createConsultantContract(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  consultantId: string;
  input: CreateConsultantContractInput;
}): Promise<void> {
  const { db, input, now } = params;
  const row = await findConsultant(db, params.consultantId);
  assertRecordAccess(params.actor, row, 'consultant.manage', CONSULTANT);
  if (!(await existingProducerIds(db, [input.producerId])).has(input.producerId))
    throw invalidField('producerId', 'Không có chủ thể này', 'No such producer');
  if (
    input.productId &&
    (await productsByIds(db, [input.productId])).get(input.productId)?.producerId !== input.producerId
  ) {
    throw invalidField(
      'productId',
      'Sản phẩm không thuộc chủ thể này',
      'The product is not one of this producer',
    );
  }
  const consultant = row.consultant;
  await db.transaction(async (tx) => {
    const contract = await insertConsultantContract(tx, {
      consultantId: consultant.id,
      producerId: input.producerId,
      productId: input.productId ?? null,
      scope: input.scope,
      budgetVnd: input.budgetVnd ?? null,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      createdBy: params.actor.accountId,
      createdAt: now,
    });
    const isLinked = consultant.accountId
      ? await linkContractAsConsultancy(tx, {
          accountId: consultant.accountId,
          producerId: input.producerId,
          validFrom: input.startsOn,
          validTo: input.endsOn ?? null,
          note: `Hợp đồng tư vấn: ${input.scope}`.slice(0, 2000),
          createdBy: params.actor.accountId,
          createdAt: now,
        })
      : false;
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'consultant.contract-created',
        entityType: 'consultant',
        entityId: consultant.id,
        unitId: consultant.unitId,
        after: {
          contractId: contract.id,
          producerId: contract.producerId,
          productId: contract.productId,
          startsOn: contract.startsOn,
          endsOn: contract.endsOn,
          consultancyLinkAdded: isLinked,
        },
      },
      now,
    );
  });
}
