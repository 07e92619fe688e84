/** Who sees and acts on a market-surveillance case: the officers of the unit of its place. */
import type { Database } from '../../../db/database';
import {
  findMarketCaseWithNames,
  type MarketCaseWithNames,
} from '../../../db/repositories/market-cases.repository';
import { can, type Actor } from '../../../domain/access/permissions';
import { forbidden, notFound } from '../../../domain/errors';
import {
  marketCaseStatusAfter,
  type MarketCaseAction,
  type MarketCaseStatus,
} from '../../../domain/market-surveillance/market-case-status';

/**
 * The case if the actor may read it (NOT_FOUND otherwise: outside its units it does not exist for
 * it); with `action`, also whether it may change it (FORBIDDEN) and whether the case's status
 * allows that action (INVALID_TRANSITION). Returns the status the action leads to.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION
 */
export async function loadMarketCase(
  db: Database,
  actor: Actor,
  id: string,
  action?: MarketCaseAction,
): Promise<MarketCaseWithNames & { nextStatus: MarketCaseStatus }> {
  const found = await findMarketCaseWithNames(db, id);
  if (!found || !can(actor, 'market_case.read', { unitPath: found.unitPath }))
    throw notFound('vụ việc', 'Market case');
  if (!action) return { ...found, nextStatus: found.marketCase.status };
  if (!can(actor, 'market_case.manage', { unitPath: found.unitPath })) throw forbidden();
  return { ...found, nextStatus: marketCaseStatusAfter(found.marketCase.status, action) };
}
