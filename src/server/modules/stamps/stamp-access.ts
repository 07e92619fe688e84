import type { FastifyRequest } from 'fastify';
import { listMemberProducerIds } from '../../../db/repositories/dossiers.repository';
import { findProductStampScope } from '../../../db/repositories/stamp-batches.repository';
import { canActOnStamps } from '../../../domain/access/stamp-policy';
import { forbidden, notFound } from '../../../domain/errors';
import { dbOf, requireActor } from '../../context';

export type StampAction = 'stamp.order' | 'stamp.read' | 'stamp.manage';

/** The producers the signed-in account acts for. */
export async function memberOf(request: FastifyRequest): Promise<string[]> {
  return listMemberProducerIds(dbOf(request), requireActor(request).accountId);
}

/** The product scope if the actor may do `action` on its stamps; NOT_FOUND / FORBIDDEN otherwise. */
export async function authorizeProductStamps(
  request: FastifyRequest,
  productId: string,
  action: StampAction,
) {
  const actor = requireActor(request);
  const scope = await findProductStampScope(dbOf(request), productId);
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
