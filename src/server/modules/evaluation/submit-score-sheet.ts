import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findScoreSheetById,
  markScoreSheetSubmitted,
} from '../../../db/repositories/score-sheets.repository';
import { DomainError } from '../../../domain/errors';
import { transitionSheet } from '../../../domain/evaluation/round-workflow';
import { scoreSheet } from '../../../domain/rubric/score-sheet';
import type { CouncilMemberRow, RoundContext } from './evaluation-access';
import { findCurrentSheet, rubricSheetLoader, type AgendaItem, type ScoreSheetRow } from './round-data';
import { assertMayScore, staleSheet } from './score-sheet-access';

/**
 * Submits the current draft: every criterion answered (SCORE_SHEET_INVALID otherwise), total
 * computed, sheet frozen. Submitting the same revision twice returns the frozen sheet once.
 * Throws CONFLICT (stale revision), INVALID_TRANSITION, SCORE_SHEET_INVALID.
 */
export async function submitScoreSheet(params: {
  ctx: RoundContext;
  audit: AuditContext;
  member: CouncilMemberRow;
  item: AgendaItem;
  revision: number;
  now: Date;
}): Promise<ScoreSheetRow> {
  const { ctx, member, item, now } = params;
  assertMayScore(ctx, member, item);
  const current = await findCurrentSheet(ctx.db, item.id, member.id);
  if (!current)
    throw new DomainError('INVALID_TRANSITION', 'Chưa có phiếu chấm để nộp.', 'There is no sheet to submit.');
  if (current.status === 'submitted' && current.revision === params.revision) return current;
  transitionSheet(current.status, 'submit');
  if (current.revision !== params.revision) throw staleSheet();
  const sheet = (await rubricSheetLoader(ctx.db))(item.rubricVersionId, item.productSet);
  const scored = scoreSheet(sheet, {
    choices: current.choices,
    knockOuts: current.knockOuts,
    requiredCases: item.caseChoices,
  });
  return ctx.db.transaction(async (tx) => {
    const row = await markScoreSheetSubmitted(tx, current.id, params.revision, {
      totalHundredths: Math.round(scored.total * 100),
      now,
    });
    if (!row) {
      const again = await findScoreSheetById(tx, current.id);
      if (again?.status === 'submitted' && again.revision === params.revision) return again;
      throw staleSheet();
    }
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'score-sheet.submitted',
        entityType: 'score-sheet',
        entityId: row.id,
        unitId: ctx.round.unitId,
        after: { roundProductId: item.id, memberId: member.id, version: row.version, total: scored.total },
      },
      now,
    );
    return row;
  });
}
