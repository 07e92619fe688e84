import type { EvaluationListQuery, ListCouncilsOutput } from '../../../contracts/evaluation.contracts';
import type { Database } from '../../../db/database';
import {
  listMembersOfCouncils,
  listVisibleCouncils,
} from '../../../db/repositories/evaluation-lists.repository';
import { scopesFor, type Actor } from '../../../domain/access/permissions';
import { presentCouncil } from './council.presenter';

/**
 * The councils of the units where the actor manages councils or approves decisions, and those where
 * it is seated; one page, oldest first, with their members: three queries whatever the page size.
 */
export async function listCouncils(params: {
  db: Database;
  actor: Actor;
  query: EvaluationListQuery;
}): Promise<ListCouncilsOutput> {
  const { db, actor, query } = params;
  const { rows, total } = await listVisibleCouncils(db, {
    unitPaths: [...scopesFor(actor, 'council.manage'), ...scopesFor(actor, 'decision.approve')],
    seatedAccountId: actor.accountId,
    limit: query.limit,
    offset: query.offset,
  });
  const members = await listMembersOfCouncils(
    db,
    rows.map((row) => row.council.id),
  );
  return {
    items: rows.map((row) =>
      presentCouncil(row.council, { fullName: row.unitName, path: row.unitPath }, members, actor),
    ),
    total,
  };
}
