import type { ListProductsQuery, ProductOutput } from '../../../contracts/products.contracts';
import type { Database } from '../../../db/database';
import { listMemberProducers } from '../../../db/repositories/producers.repository';
import {
  findProductById,
  listProductPhotoIds,
  listProductsPage,
} from '../../../db/repositories/products.repository';
import type { Actor } from '../../../domain/access/permissions';
import { producerListScope } from '../../../domain/access/producer-policy';
import { notFound } from '../../../domain/errors';
import { foldVietnamese } from '../../../domain/text/fold-vietnamese';
import { getProducerForAction } from '../producers/producer-access';
import { presentProduct } from './product.presenter';

/** The products of the producers the actor may read (see listProducers), tone-insensitive search. */
export async function listProducts(params: {
  db: Database;
  actor: Actor;
  query: ListProductsQuery;
  now: Date;
}): Promise<{ items: ProductOutput[]; total: number }> {
  const { db, actor, query } = params;
  const scope = producerListScope(actor, 'producer.read', await listMemberProducers(db, actor.accountId));
  const page = await listProductsPage(db, {
    scope,
    producerId: query.producerId,
    searchKey: query.q ? foldVietnamese(query.q) : undefined,
    productSet: query.productSet,
    status: query.status,
    limit: query.limit,
    offset: query.offset,
  });
  const photos = await listProductPhotoIds(
    db,
    page.items.map((i) => i.product.id),
  );
  return {
    total: page.total,
    items: page.items.map((i) =>
      presentProduct(i.product, i.producerName, photos.get(i.product.id) ?? [], params.now),
    ),
  };
}

/** One product whose producer the actor may read; NOT_FOUND otherwise. */
export async function getProduct(params: {
  db: Database;
  actor: Actor;
  productId: string;
  now: Date;
}): Promise<ProductOutput> {
  const found = await findProductById(params.db, params.productId);
  if (!found) throw notFound('sản phẩm', 'Product');
  await getProducerForAction(params.db, params.actor, 'producer.read', found.product.producerId);
  const photos = await listProductPhotoIds(params.db, [found.product.id]);
  return presentProduct(found.product, found.producerName, photos.get(found.product.id) ?? [], params.now);
}
