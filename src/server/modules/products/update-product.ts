import type { ProductOutput, UpdateProductInput } from '../../../contracts/products.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findProductById,
  findProductByName,
  listProductPhotoIds,
  updateProductIfVersion,
} from '../../../db/repositories/products.repository';
import type { Actor } from '../../../domain/access/permissions';
import { notFound } from '../../../domain/errors';
import { staleVersion } from '../../../domain/errors';
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
 * Updates a product's registry data (not its status: the dossier and certificate modules move
 * that). The caller names the version it read; a stale one gets CONFLICT.
 */
export async function updateProduct(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  productId: string;
  input: UpdateProductInput;
  now: Date;
}): Promise<ProductOutput> {
  const { db, input, now } = params;
  const found = await findProductById(db, params.productId);
  if (!found) throw notFound('sản phẩm', 'Product');
  const { producer } = await getProducerForAction(
    db,
    params.actor,
    'product.manage',
    found.product.producerId,
  );
  const current = found.product;
  if (input.productSet !== undefined) assertKnownProductSet(input.productSet, now);
  const name = input.name ?? current.name;
  if (name.toLowerCase() !== current.name.toLowerCase() && (await findProductByName(db, producer.id, name)))
    throw productNameTaken();
  const gtin = input.gtin === undefined ? current.gtin : normalizeGtinInput(input.gtin);
  const updated = await db.transaction(async (tx) => {
    const row = await updateProductIfVersion(tx, current.id, input.version, {
      productSet: input.productSet ?? current.productSet,
      name,
      description: input.description ?? current.description,
      gtin,
      details: input.details ? { ...(current.details as object), ...input.details } : current.details,
      searchKey: productSearchKey(name, gtin),
      updatedAt: now,
      version: current.version + 1,
    });
    if (!row) throw staleVersion('Sản phẩm', 'product');
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'product.updated',
        entityType: 'product',
        entityId: current.id,
        unitId: producer.communeId,
        before: productSnapshot(current),
        after: productSnapshot(row),
      },
      now,
    );
    return row;
  });
  const photos = await listProductPhotoIds(db, [current.id]);
  return presentProduct(updated, producer.name, photos.get(current.id) ?? [], now);
}
