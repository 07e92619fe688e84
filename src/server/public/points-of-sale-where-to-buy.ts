import type { Database } from '../../db/database';
import { listPointsOfSaleCarrying } from '../../db/repositories/promotion-points-of-sale.repository';
import { listSalesChannelsOfProduct } from '../../db/repositories/promotion-sales-channels.repository';
import { SALES_CHANNEL_PLATFORMS } from '../../domain/promotion/sales-channels';
import { buyOnlineHtml, whereToBuyHtml } from './points-of-sale-page';

/**
 * The product page's "where to buy" from the recorded points of sale carrying the product, and
 * "buy online" from its sales channels; shown beside the free-text points of sale the producer
 * typed on the product before these records.
 */
export async function whereToBuySection(db: Database, productId: string): Promise<string> {
  const points = await listPointsOfSaleCarrying(db, productId);
  const channels = await listSalesChannelsOfProduct(db, productId);
  return (
    whereToBuyHtml(points.map((p) => ({ ...p, products: [] }))) +
    buyOnlineHtml(
      channels.map((c) => ({
        platformName: SALES_CHANNEL_PLATFORMS[c.platform].vi,
        url: c.url,
        label: c.label,
      })),
    )
  );
}
