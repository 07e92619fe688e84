import { insertScoreSheetVersion } from '../../../db/repositories/score-sheets.repository';
import { DomainError } from '../../../domain/errors';
import { transitionSheet } from '../../../domain/evaluation/round-workflow';
import type { RoundContext } from './evaluation-access';
import type { ScoreSheetRow } from './round-data';

/**
 * Starts re-scoring one member's sheet: inserts the next version as a draft (same choices to
 * start from) with the reason; the submitted version stays as it was. Used by the member and by
 * the chair's request. Throws INVALID_TRANSITION (nothing submitted), CONFLICT (two at once).
 */
export async function insertRescoreVersion(params: {
  db: RoundContext['db'];
  current: ScoreSheetRow;
  reason: string;
  requestedBy: string;
  now: Date;
}): Promise<ScoreSheetRow> {
  transitionSheet(params.current.status, 'rescore');
  const row = await insertScoreSheetVersion(params.db, {
    roundProductId: params.current.roundProductId,
    memberId: params.current.memberId,
    version: params.current.version + 1,
    choices: params.current.choices,
    knockOuts: params.current.knockOuts,
    comment: params.current.comment,
    reason: params.reason,
    requestedBy: params.requestedBy,
    createdAt: params.now,
    updatedAt: params.now,
  });
  if (!row)
    throw new DomainError(
      'CONFLICT',
      'Phiếu chấm lại đã được tạo.',
      'A re-score version was already created.',
    );
  return row;
}
