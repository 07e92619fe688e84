import type {
  CandidateListQuery,
  ListFiveStarCandidatesOutput,
} from '../../../contracts/candidates.contracts';
import type { Database } from '../../../db/database';
import { lastResultsOfProducts, listCandidates } from '../../../db/repositories/candidates.repository';
import type { Actor } from '../../../domain/access/permissions';
import { candidateListScope } from './candidate-access';
import { presentCandidate } from './candidate.presenter';

/** The candidates of the actor's provinces, newest first, paginated. */
export async function listFiveStarCandidates(params: {
  db: Database;
  actor: Actor;
  query: CandidateListQuery;
}): Promise<ListFiveStarCandidatesOutput> {
  const { db, query } = params;
  const { rows, total } = await listCandidates(db, {
    ...(await candidateListScope(db, params.actor, query.unitId)),
    status: query.status,
    limit: query.limit,
    offset: query.offset,
  });
  const results = await lastResultsOfProducts(
    db,
    rows.map((r) => r.candidate.productId),
  );
  return { items: rows.map((row) => presentCandidate(row, results.get(row.candidate.productId))), total };
}
