import type { EvaluationListQuery, ListRoundsOutput } from '../../../contracts/evaluation.contracts';
import type { Database } from '../../../db/database';
import { listVisibleRounds } from '../../../db/repositories/evaluation-lists.repository';
import { scopesFor, type Actor } from '../../../domain/access/permissions';

/**
 * The rounds of the units where the actor manages rounds or approves decisions (drafts included),
 * and the rounds past draft of the councils where it is seated; one page, latest meeting first,
 * each with its number of products: two queries whatever the page size.
 */
export async function listRounds(params: {
  db: Database;
  actor: Actor;
  query: EvaluationListQuery;
}): Promise<ListRoundsOutput> {
  const { db, actor, query } = params;
  const { rows, total } = await listVisibleRounds(db, {
    unitPaths: [...scopesFor(actor, 'round.manage'), ...scopesFor(actor, 'decision.approve')],
    seatedAccountId: actor.accountId,
    limit: query.limit,
    offset: query.offset,
  });
  return {
    items: rows.map(({ round, councilName, productCount }) => ({
      id: round.id,
      name: round.name,
      status: round.status,
      level: round.level,
      meetingOn: round.meetingOn,
      councilName,
      productCount,
    })),
    total,
  };
}
