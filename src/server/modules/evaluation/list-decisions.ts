import type { EvaluationListQuery, ListDecisionsOutput } from '../../../contracts/evaluation.contracts';
import type { Database } from '../../../db/database';
import { listVisibleDecisions } from '../../../db/repositories/evaluation-lists.repository';
import { scopesFor, type Actor } from '../../../domain/access/permissions';
import { presentDecisionHeader } from './decision.presenter';

/**
 * The decisions of the units where the actor reads or approves decisions, one page, first drafted
 * first, each with its number of items: two queries whatever the page size.
 */
export async function listDecisions(params: {
  db: Database;
  actor: Actor;
  query: EvaluationListQuery;
}): Promise<ListDecisionsOutput> {
  const { db, actor, query } = params;
  const { rows, total } = await listVisibleDecisions(db, {
    unitPaths: [...scopesFor(actor, 'decision.read'), ...scopesFor(actor, 'decision.approve')],
    limit: query.limit,
    offset: query.offset,
  });
  return {
    items: rows.map(({ decision, itemCount }) => ({ ...presentDecisionHeader(decision), itemCount })),
    total,
  };
}
