import type { Database } from '../../../db/database';
import {
  findTradePromotionPlan,
  type PlanWithUnit,
} from '../../../db/repositories/trade-promotion-plans.repository';
import { can, scopesFor, type Actor } from '../../../domain/access/permissions';
import { forbidden, notFound } from '../../../domain/errors';

/**
 * A province's trade-promotion plan is its own commitment: only the standing office granted on
 * that very province writes and sends it (the central office receives it and reads every plan;
 * it does not write a province's plan). Units outside the actor's see nothing.
 */
export function assertWritesPlanOf(actor: Actor, provincePath: string): void {
  if (!scopesFor(actor, 'promotion.manage').includes(provincePath)) throw forbidden();
}

/** @throws NOT_FOUND outside the actor's units; FORBIDDEN when it reads but may not write. */
export async function planForWrite(db: Database, actor: Actor, planId: string): Promise<PlanWithUnit> {
  const row = await findTradePromotionPlan(db, planId);
  if (!row || !can(actor, 'promotion.read', { unitPath: row.unitPath }))
    throw notFound('kế hoạch xúc tiến thương mại', 'Trade-promotion plan');
  assertWritesPlanOf(actor, row.unitPath);
  return row;
}
