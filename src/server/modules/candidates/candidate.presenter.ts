import type { CandidateLastResult, FiveStarCandidateOutput } from '../../../contracts/candidates.contracts';
import type { CandidateWithNames, LastResultRow } from '../../../db/repositories/candidates.repository';
import {
  allowedCandidateActions,
  CANDIDATE_STATUS_LABELS,
  failedFiveStarCriteria,
  pointsMissingForFiveStar,
} from '../../../domain/candidates';

/** A product's last result as the candidate screens show it, with what blocks 5★. */
export function presentLastResult(row: LastResultRow): CandidateLastResult {
  const { result } = row;
  return {
    resultId: result.id,
    roundName: row.roundName,
    roundLevel: row.roundLevel,
    adoptedAt: result.adoptedAt.toISOString(),
    mean: result.meanHundredths / 100,
    stars: result.stars,
    pointsMissingForFiveStar: pointsMissingForFiveStar(result.meanHundredths),
    failedCriteria: failedFiveStarCriteria(result),
  };
}

export function presentCandidate(
  row: CandidateWithNames,
  lastResult: LastResultRow | undefined,
): FiveStarCandidateOutput {
  const { candidate } = row;
  return {
    id: candidate.id,
    productId: candidate.productId,
    productName: row.productName,
    producerName: row.producerName,
    unitId: candidate.unitId,
    unitName: row.unitName,
    origin: candidate.origin,
    reason: candidate.reason,
    status: candidate.status,
    statusVi: CANDIDATE_STATUS_LABELS[candidate.status].vi,
    allowedActions: allowedCandidateActions(candidate.status),
    consultant:
      candidate.consultantId && row.consultantName
        ? { id: candidate.consultantId, name: row.consultantName }
        : null,
    budgetVnd: candidate.budgetVnd,
    deadline: candidate.deadline,
    improvements: candidate.improvements,
    planNote: candidate.planNote,
    statusNote: candidate.statusNote,
    lastResult: lastResult ? presentLastResult(lastResult) : null,
    version: candidate.version,
  };
}
