import type { CreateProductIdeaInput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findProducer,
  findUnitPath,
  listMemberProducerIds,
} from '../../../db/repositories/dossiers.repository';
import { insertIdea } from '../../../db/repositories/ideas.repository';
import type { Actor } from '../../../domain/access/permissions';
import { forbidden, notFound } from '../../../domain/errors';
import { canOnProposal } from '../../../domain/programme/programme-policy';
import { assertKnownProductSet } from '../products/product.presenter';

/**
 * Registers a product idea (ý tưởng sản phẩm) of a producer with its commune for a year, as the
 * producer's member or the commune officer for it. It waits for the commune's review.
 * @throws NOT_FOUND (producer), FORBIDDEN, VALIDATION_FAILED (unknown product set)
 */
export async function createProductIdea(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  input: CreateProductIdeaInput;
  now: Date;
}): Promise<string> {
  const { db, actor, input, now } = params;
  const producer = await findProducer(db, input.producerId);
  const unitPath = producer ? await findUnitPath(db, producer.communeId) : undefined;
  if (!producer || !unitPath) throw notFound('chủ thể', 'Producer');
  const memberOf = await listMemberProducerIds(db, actor.accountId);
  if (!canOnProposal(actor, 'idea.manage', { producerId: producer.id, unitPath }, memberOf))
    throw forbidden();
  assertKnownProductSet(input.productSet, now);
  return db.transaction(async (tx) => {
    const { producerId: _producerId, ...fields } = input;
    const row = await insertIdea(tx, {
      ...fields,
      producerId: producer.id,
      communeId: producer.communeId,
      status: 'submitted',
      createdBy: actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'product-idea.created',
        entityType: 'product_idea',
        entityId: row.id,
        unitId: row.communeId,
        after: { productName: row.productName, year: row.year },
      },
      now,
    );
    return row.id;
  });
}
