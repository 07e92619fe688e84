import type { FiveStarCandidateOutput } from '../../../contracts/candidates.contracts';
import type { Database } from '../../../db/database';
import { findCandidate, lastResultsOfProducts } from '../../../db/repositories/candidates.repository';
import type { Actor } from '../../../domain/access/permissions';
import { assertCandidateAccess } from './candidate-access';
import { presentCandidate } from './candidate.presenter';

/** A candidate with its support plan and the product's last result; NOT_FOUND outside the actor's provinces. */
export async function getFiveStarCandidate(params: {
  db: Database;
  actor: Actor;
  candidateId: string;
}): Promise<FiveStarCandidateOutput> {
  const row = await findCandidate(params.db, params.candidateId);
  assertCandidateAccess(params.actor, row, 'read');
  const results = await lastResultsOfProducts(params.db, [row.candidate.productId]);
  return presentCandidate(row, results.get(row.candidate.productId));
}
