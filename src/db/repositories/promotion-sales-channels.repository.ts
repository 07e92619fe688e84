import { asc, eq } from 'drizzle-orm';
import type { Database } from '../database';
import { productSalesChannels } from '../schema';

export type ProductSalesChannelRow = typeof productSalesChannels.$inferSelect;

/** A product's online sales channels in the order the producer gave them. */
export async function listSalesChannelsOfProduct(
  db: Database,
  productId: string,
): Promise<ProductSalesChannelRow[]> {
  return db
    .select()
    .from(productSalesChannels)
    .where(eq(productSalesChannels.productId, productId))
    .orderBy(asc(productSalesChannels.position), asc(productSalesChannels.id));
}

/** Replaces every channel of the product with `channels` (call inside a transaction). */
export async function replaceSalesChannelsOfProduct(
  db: Database,
  productId: string,
  channels: readonly Pick<ProductSalesChannelRow, 'platform' | 'url' | 'label'>[],
  now: Date,
): Promise<void> {
  await db.delete(productSalesChannels).where(eq(productSalesChannels.productId, productId));
  if (channels.length === 0) return;
  await db
    .insert(productSalesChannels)
    .values(channels.map((c, position) => ({ ...c, productId, position, createdAt: now })));
}
