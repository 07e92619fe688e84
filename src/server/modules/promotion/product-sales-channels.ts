import type { ReplaceSalesChannelsInput, SalesChannelsOutput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findProductById } from '../../../db/repositories/products.repository';
import {
  listSalesChannelsOfProduct,
  replaceSalesChannelsOfProduct,
} from '../../../db/repositories/promotion-sales-channels.repository';
import type { Actor } from '../../../domain/access/permissions';
import type { ProducerAction } from '../../../domain/access/producer-policy';
import { notFound } from '../../../domain/errors';
import { SALES_CHANNEL_PLATFORMS } from '../../../domain/promotion/sales-channels';
import { getProducerForAction } from '../producers/producer-access';

async function productFor(db: Database, actor: Actor, action: ProducerAction, productId: string) {
  const product = await findProductById(db, productId);
  if (!product) throw notFound('sản phẩm', 'Product');
  await getProducerForAction(db, actor, action, product.product.producerId);
  return product.product;
}

/** A product's online sales channels, for whoever may read its producer (NOT_FOUND otherwise). */
export async function getProductSalesChannels(params: {
  db: Database;
  actor: Actor;
  productId: string;
}): Promise<SalesChannelsOutput> {
  const product = await productFor(params.db, params.actor, 'producer.read', params.productId);
  const rows = await listSalesChannelsOfProduct(params.db, product.id);
  return {
    items: rows.map((r) => ({
      platform: r.platform,
      platformName: SALES_CHANNEL_PLATFORMS[r.platform].vi,
      url: r.url,
      label: r.label,
    })),
  };
}

/**
 * Replaces a product's online sales channels (the producer, its commune or its province). Links
 * were checked against their platforms by the contract; the audit row keeps the earlier list.
 */
export async function replaceProductSalesChannels(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  productId: string;
  input: ReplaceSalesChannelsInput;
}): Promise<void> {
  const { db, now } = params;
  const product = await productFor(db, params.actor, 'product.manage', params.productId);
  const channels = params.input.channels.map((c) => ({
    platform: c.platform,
    url: c.url,
    label: c.label ?? '',
  }));
  const before = (await listSalesChannelsOfProduct(db, product.id)).map((r) => ({
    platform: r.platform,
    url: r.url,
  }));
  await db.transaction(async (tx) => {
    await replaceSalesChannelsOfProduct(tx, product.id, channels, now);
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'product.sales-channels-replaced',
        entityType: 'product',
        entityId: product.id,
        before,
        after: channels,
      },
      now,
    );
  });
}
