import type { Database } from '../../../db/database';
import { listMemberProducerIds } from '../../../db/repositories/dossiers.repository';
import {
  findBusinessPlanWithNames,
  findIdeaWithNames,
  type BusinessPlanWithNames,
  type IdeaWithNames,
} from '../../../db/repositories/ideas.repository';
import type { Action, Actor } from '../../../domain/access/permissions';
import { DomainError, forbidden, notFound } from '../../../domain/errors';
import { canOnProposal, type ProposalScope } from '../../../domain/programme/programme-policy';

type ProposalAction = Extract<Action, 'idea.read' | 'idea.manage' | 'idea.review'>;

export interface LoadedIdea extends IdeaWithNames {
  memberOf: string[];
  scope: ProposalScope;
}

export interface LoadedBusinessPlan extends BusinessPlanWithNames {
  memberOf: string[];
  scope: ProposalScope;
}

/**
 * Loads an idea the actor may read; one it may not see is reported as absent (NOT_FOUND), so its
 * existence does not leak across producers or communes.
 */
export async function loadIdeaForRead(db: Database, actor: Actor, id: string): Promise<LoadedIdea> {
  const loaded = await findIdeaWithNames(db, id);
  if (!loaded) throw notFound('ý tưởng sản phẩm', 'Product idea');
  const memberOf = await listMemberProducerIds(db, actor.accountId);
  const scope = { producerId: loaded.idea.producerId, unitPath: loaded.communePath };
  if (!canOnProposal(actor, 'idea.read', scope, memberOf)) throw notFound('ý tưởng sản phẩm', 'Product idea');
  return { ...loaded, memberOf, scope };
}

/** A business plan the actor may read (NOT_FOUND otherwise, like ideas). */
export async function loadBusinessPlanForRead(
  db: Database,
  actor: Actor,
  id: string,
): Promise<LoadedBusinessPlan> {
  const loaded = await findBusinessPlanWithNames(db, id);
  if (!loaded) throw notFound('phương án sản xuất kinh doanh', 'Business plan');
  const memberOf = await listMemberProducerIds(db, actor.accountId);
  const scope = { producerId: loaded.plan.producerId, unitPath: loaded.communePath };
  if (!canOnProposal(actor, 'idea.read', scope, memberOf))
    throw notFound('phương án sản xuất kinh doanh', 'Business plan');
  return { ...loaded, memberOf, scope };
}

/** FORBIDDEN unless the actor's grants allow `action` on the proposal (status is checked after). */
export function assertProposalAction(
  actor: Actor,
  action: ProposalAction,
  loaded: { scope: ProposalScope; memberOf: string[] },
): void {
  if (!canOnProposal(actor, action, loaded.scope, loaded.memberOf)) throw forbidden();
}

/** CONFLICT for a stale version: someone else changed the record since the caller read it. */
export function staleRecord(): DomainError {
  return new DomainError(
    'CONFLICT',
    'Bản ghi vừa được thay đổi. Hãy tải lại và thử lại.',
    'The record was changed meanwhile. Reload and try again.',
    [{ field: 'version', messageVi: 'Phiên bản đã cũ', messageEn: 'Stale version' }],
  );
}
