import type { ListProductIdeasOutput, ListProposalsQuery } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { listMemberProducerIds } from '../../../db/repositories/dossiers.repository';
import { listIdeasWithNames } from '../../../db/repositories/ideas.repository';
import type { Actor } from '../../../domain/access/permissions';
import { proposalListScope } from '../../../domain/programme/programme-policy';
import { presentIdea } from './programme.presenter';

/** The ideas the actor may see: its producers', and those of the communes under its grants. */
export async function listProductIdeas(params: {
  db: Database;
  actor: Actor;
  query: ListProposalsQuery;
}): Promise<ListProductIdeasOutput> {
  const { db, actor, query } = params;
  const scope = proposalListScope(actor, await listMemberProducerIds(db, actor.accountId));
  const { rows, total } = await listIdeasWithNames(db, { ...scope, ...query });
  return { items: rows.map(presentIdea), total };
}
