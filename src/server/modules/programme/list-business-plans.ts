import type { ListBusinessPlansOutput, ListProposalsQuery } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { listMemberProducerIds } from '../../../db/repositories/dossiers.repository';
import { listBusinessPlansWithNames } from '../../../db/repositories/ideas.repository';
import type { Actor } from '../../../domain/access/permissions';
import { proposalListScope } from '../../../domain/programme/programme-policy';
import { presentBusinessPlan } from './programme.presenter';

/** The business plans the actor may see (same reach as ideas). */
export async function listBusinessPlans(params: {
  db: Database;
  actor: Actor;
  query: ListProposalsQuery;
}): Promise<ListBusinessPlansOutput> {
  const { db, actor, query } = params;
  const scope = proposalListScope(actor, await listMemberProducerIds(db, actor.accountId));
  const { rows, total } = await listBusinessPlansWithNames(db, { ...scope, ...query });
  return { items: rows.map(presentBusinessPlan), total };
}
