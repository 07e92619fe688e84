import type { CreatePointOfSaleInput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { insertPointOfSale } from '../../../db/repositories/promotion-points-of-sale.repository';
import { productsByIds } from '../../../db/repositories/promotion.repository';
import type { Actor } from '../../../domain/access/permissions';
import { invalidField, unitToActIn } from './promotion-access';

/**
 * Records a showroom or point of sale of OCOP products (điểm giới thiệu và bán sản phẩm OCOP) in a
 * commune the actor manages, with the products it carries (from any producer).
 */
export async function createPointOfSale(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  input: CreatePointOfSaleInput;
}): Promise<string> {
  const { db, input, now } = params;
  const commune = await unitToActIn({
    db,
    actor: params.actor,
    action: 'promotion.manage',
    unitId: input.communeId,
    field: 'communeId',
    levels: ['commune'],
  });
  const productIds = input.productIds ?? [];
  const known = await productsByIds(db, productIds);
  const unknown = productIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw invalidField(`productIds.${unknown}`, 'Không có sản phẩm này', 'No such product');
  return db.transaction(async (tx) => {
    const row = await insertPointOfSale(
      tx,
      {
        communeId: commune.id,
        kind: input.kind,
        name: input.name,
        address: input.address,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        openingHours: input.openingHours ?? '',
        phone: input.phone ?? '',
        createdBy: params.actor.accountId,
        createdAt: now,
      },
      productIds,
    );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'point-of-sale.created',
        entityType: 'point-of-sale',
        entityId: row.id,
        unitId: commune.id,
        after: { name: row.name, address: row.address, products: productIds.length },
      },
      now,
    );
    return row.id;
  });
}
