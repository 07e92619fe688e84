import type { ListPointsOfSaleOutput, PromotionListQuery } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import {
  listPointsOfSale as listRows,
  listProductsOfPoints,
} from '../../../db/repositories/promotion-points-of-sale.repository';
import type { Actor } from '../../../domain/access/permissions';
import { listScope } from './promotion-access';
import { presentPointOfSale } from './promotion.presenter';

/** The points of sale in the actor's units, by name, paginated. */
export async function listPointsOfSale(params: {
  db: Database;
  actor: Actor;
  query: PromotionListQuery;
}): Promise<ListPointsOfSaleOutput> {
  const { db, query } = params;
  const { rows, total } = await listRows(db, {
    ...(await listScope(db, params.actor, query.unitId)),
    limit: query.limit,
    offset: query.offset,
  });
  const carried = await listProductsOfPoints(
    db,
    rows.map((r) => r.point.id),
  );
  return { items: rows.map((row) => presentPointOfSale(row, carried)), total };
}
