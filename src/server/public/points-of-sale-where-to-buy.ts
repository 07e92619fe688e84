import type { Database } from '../../db/database';
import { listPointsOfSaleCarrying } from '../../db/repositories/promotion-points-of-sale.repository';
import { whereToBuyHtml } from './points-of-sale-page';

/**
 * The product page's "where to buy" from the recorded points of sale carrying the product; shown
 * beside the free-text points of sale the producer typed on the product before these records.
 */
export async function whereToBuySection(db: Database, productId: string): Promise<string> {
  const points = await listPointsOfSaleCarrying(db, productId);
  return whereToBuyHtml(points.map((p) => ({ ...p, products: [] })));
}
