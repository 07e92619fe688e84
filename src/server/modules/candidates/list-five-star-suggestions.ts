import type {
  ListFiveStarSuggestionsOutput,
  SuggestionListQuery,
} from '../../../contracts/candidates.contracts';
import type { Database } from '../../../db/database';
import { listProductsWithLastResult } from '../../../db/repositories/candidates.repository';
import type { Actor } from '../../../domain/access/permissions';
import { isFiveStarSuggestion } from '../../../domain/candidates';
import { candidateListScope } from './candidate-access';
import { presentLastResult } from './candidate.presenter';

/** Products of the actor's provinces whose last result reached 90 points and are not yet candidates. */
export async function listFiveStarSuggestions(params: {
  db: Database;
  actor: Actor;
  query: SuggestionListQuery;
}): Promise<ListFiveStarSuggestionsOutput> {
  const rows = await listProductsWithLastResult(
    params.db,
    await candidateListScope(params.db, params.actor, params.query.unitId),
  );
  return {
    items: rows
      .filter((row) => isFiveStarSuggestion(row.result.meanHundredths))
      .map((row) => ({
        productId: row.productId,
        productName: row.productName,
        producerName: row.producerName,
        unitId: row.unitId,
        unitName: row.unitName,
        lastResult: presentLastResult(row),
      })),
  };
}
