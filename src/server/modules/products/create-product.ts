import type { CreateProductInput, ProductOutput } from '../../../contracts/products.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findProductByName, insertProduct } from '../../../db/repositories/products.repository';
import type { Actor } from '../../../domain/access/permissions';
import { getProducerForAction } from '../producers/producer-access';
import {
  assertKnownProductSet,
  normalizeGtinInput,
  presentProduct,
  productNameTaken,
  productSearchKey,
  productSnapshot,
} from './product.presenter';

/**
 * Registers a product of a producer (status `registered`). Throws NOT_FOUND/FORBIDDEN,
 * VALIDATION_FAILED (unknown product set; bad GTIN is caught by the contract), CONFLICT (the
 * producer already has a product of that name).
 */
export async function createProduct(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  producerId: string;
  input: CreateProductInput;
  now: Date;
}): Promise<ProductOutput> {
  const { db, input, now } = params;
  const { producer } = await getProducerForAction(db, params.actor, 'product.manage', params.producerId);
  assertKnownProductSet(input.productSet, now);
  if (await findProductByName(db, producer.id, input.name)) throw productNameTaken();
  const gtin = normalizeGtinInput(input.gtin);
  const row = await db.transaction(async (tx) => {
    const inserted = await insertProduct(tx, {
      producerId: producer.id,
      productSet: input.productSet,
      name: input.name,
      description: input.description ?? '',
      gtin,
      details: input.details ?? {},
      searchKey: productSearchKey(input.name, gtin),
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'product.created',
        entityType: 'product',
        entityId: inserted.id,
        unitId: producer.communeId,
        after: productSnapshot(inserted),
      },
      now,
    );
    return inserted;
  });
  return presentProduct(row, producer.name, [], now);
}
