import type { PointOfSaleOutput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import {
  findPointOfSale,
  listProductsOfPoints,
} from '../../../db/repositories/promotion-points-of-sale.repository';
import type { Actor } from '../../../domain/access/permissions';
import { assertRecordAccess } from './promotion-access';
import { presentPointOfSale } from './promotion.presenter';

/** A point of sale with the products it carries; NOT_FOUND outside the actor's jurisdiction. */
export async function getPointOfSale(params: {
  db: Database;
  actor: Actor;
  pointOfSaleId: string;
}): Promise<PointOfSaleOutput> {
  const row = await findPointOfSale(params.db, params.pointOfSaleId);
  const record = row && { ...row, unitPath: row.communePath };
  assertRecordAccess(params.actor, record, 'promotion.read', { vi: 'điểm bán', en: 'Point of sale' });
  return presentPointOfSale(record, await listProductsOfPoints(params.db, [record.point.id]));
}
