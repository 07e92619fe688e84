import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { adminUnits, producerMembers, producers, products } from '../../../db/schema';
import type { Database } from '../../../db/database';
import { canActOnStamps } from '../../../domain/access/stamp-policy';
import { forbidden, notFound } from '../../../domain/errors';
import { dbOf, requireActor } from '../../context';

export type StampAction = 'stamp.order' | 'stamp.read' | 'stamp.manage';

/** The product with its producer, the producer's commune path and province (the stamp scope). */
export async function loadProductScope(db: Database, productId: string) {
  const [row] = await db
    .select({
      product: products,
      producerName: producers.name,
      producerUnitPath: adminUnits.path,
      provinceUnitId: adminUnits.parentId,
    })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(eq(products.id, productId));
  return row;
}

/** The producers the signed-in account acts for. */
export async function memberOf(request: FastifyRequest): Promise<string[]> {
  const actor = requireActor(request);
  const rows = await dbOf(request)
    .select({ producerId: producerMembers.producerId })
    .from(producerMembers)
    .where(eq(producerMembers.accountId, actor.accountId));
  return rows.map((r) => r.producerId);
}

/** The product scope if the actor may do `action` on its stamps; NOT_FOUND / FORBIDDEN otherwise. */
export async function authorizeProductStamps(
  request: FastifyRequest,
  productId: string,
  action: StampAction,
) {
  const actor = requireActor(request);
  const scope = await loadProductScope(dbOf(request), productId);
  if (!scope) throw notFound('sản phẩm', 'Product');
  if (
    !canActOnStamps(
      actor,
      action,
      { producerId: scope.product.producerId, producerUnitPath: scope.producerUnitPath },
      await memberOf(request),
    )
  )
    throw forbidden();
  return { actor, scope };
}
