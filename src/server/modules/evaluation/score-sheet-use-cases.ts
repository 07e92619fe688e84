/**
 * A member's own score sheet: autosave a draft, submit (freezes it), start a re-score (a new
 * version with a reason; the submitted one stays on record). Each is one exported function.
 */
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findScoreSheetById,
  insertScoreSheetVersion,
  markScoreSheetSubmitted,
  updateDraftScoreSheet,
} from '../../../db/repositories/score-sheets.repository';
import type { SaveSheetInput } from '../../../contracts/evaluation.contracts';
import { DomainError } from '../../../domain/errors';
import { transitionRound, transitionSheet } from '../../../domain/evaluation/round-workflow';
import { listScorableCriteria } from '../../../domain/rubric/rubric-tree';
import { scoreSheet } from '../../../domain/rubric/score-sheet';
import { findKnockOutNote } from '../../../domain/rubric/star-award';
import type { CouncilMemberRow, RoundContext } from './evaluation-access';
import { findCurrentSheet, rubricSheetLoader, type AgendaItem, type ScoreSheetRow } from './round-data';

function stale(): DomainError {
  return new DomainError(
    'CONFLICT',
    'Phiếu chấm vừa được lưu ở nơi khác; hãy tải lại.',
    'The sheet was saved elsewhere meanwhile; reload it.',
  );
}

/** The member may score this product now: round open, assigned, not abstaining. */
export function assertMayScore(ctx: RoundContext, member: CouncilMemberRow, item: AgendaItem): void {
  transitionRound(ctx.round.status, 'score');
  if (!item.memberIds.includes(member.id))
    throw new DomainError(
      'FORBIDDEN',
      'Bạn không được phân công chấm sản phẩm này.',
      'You are not assigned to this product.',
    );
  if (item.declarations.get(member.id) === 'conflict')
    throw new DomainError(
      'INVALID_TRANSITION',
      'Bạn đã khai báo xung đột lợi ích và không chấm sản phẩm này.',
      'You declared a conflict of interest and abstain on this product.',
    );
}

/**
 * Autosaves a draft (partial answers allowed; unknown criterion codes are refused). Creates
 * version 1 on the first save. Throws CONFLICT on a stale `revision`, INVALID_TRANSITION on a
 * submitted sheet, VALIDATION_FAILED.
 */
export async function saveScoreSheetDraft(params: {
  ctx: RoundContext;
  audit: AuditContext;
  member: CouncilMemberRow;
  item: AgendaItem;
  input: SaveSheetInput;
  now: Date;
}): Promise<ScoreSheetRow> {
  const { ctx, member, item, input, now } = params;
  assertMayScore(ctx, member, item);
  const sheet = (await rubricSheetLoader(ctx.db))(item.rubricVersionId, item.productSet);
  const scorable = listScorableCriteria(sheet);
  const known = new Set(scorable.map((s) => s.criterion.code));
  const unknown = Object.keys(input.choices).filter((code) => !known.has(code));
  if (unknown.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      `Không có tiêu chí ${unknown.join(', ')} trong bộ ${item.productSet}.`,
      `No criterion ${unknown.join(', ')} in set ${item.productSet}.`,
      unknown.map((code) => ({
        field: `choices.${code}`,
        messageVi: 'Không có tiêu chí này',
        messageEn: 'No such criterion',
      })),
    );
  // The case of a case block is fixed for the product: every member scores that case.
  const otherCase = scorable.filter(
    (s) =>
      s.caseNumber !== undefined &&
      item.caseChoices[s.group.code] !== undefined &&
      s.caseNumber !== item.caseChoices[s.group.code] &&
      input.choices[s.criterion.code] !== undefined,
  );
  if (otherCase.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      `Sản phẩm được chấm theo trường hợp đã chọn cho sản phẩm; không chấm ${otherCase.map((s) => s.criterion.code).join(', ')}.`,
      `The product is scored on the case chosen for it; ${otherCase.map((s) => s.criterion.code).join(', ')} belong to another case.`,
      otherCase.map((s) => ({
        field: `choices.${s.criterion.code}`,
        messageVi: `Sản phẩm chấm theo trường hợp ${item.caseChoices[s.group.code]}`,
        messageEn: `The product is scored on case ${item.caseChoices[s.group.code]}`,
      })),
    );
  // A knock-out note ("không đánh giá tiếp") can only be recorded on a criterion that carries one.
  const noNote = (input.knockOuts ?? []).filter((code) => !findKnockOutNote(sheet, code));
  if (noNote.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      `Tiêu chí ${noNote.join(', ')} không có ghi chú loại.`,
      `Criterion ${noNote.join(', ')} carries no knock-out note.`,
      noNote.map((code) => ({
        field: `knockOuts.${code}`,
        messageVi: 'Tiêu chí này không có ghi chú loại',
        messageEn: 'This criterion carries no knock-out note',
      })),
    );
  const current = await findCurrentSheet(ctx.db, item.id, member.id);
  const values = {
    choices: input.choices,
    knockOuts: input.knockOuts ?? [],
    comment: input.comment ?? '',
    updatedAt: now,
  };
  if (!current) {
    const row = await insertScoreSheetVersion(ctx.db, {
      roundProductId: item.id,
      memberId: member.id,
      version: 1,
      ...values,
      createdAt: now,
    });
    if (!row) throw stale();
    return row;
  }
  transitionSheet(current.status, 'save');
  if (current.revision !== input.revision) throw stale();
  const row = await updateDraftScoreSheet(ctx.db, current.id, input.revision, values);
  if (!row) throw stale();
  return row;
}

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
  if (current.revision !== params.revision) throw stale();
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
      throw stale();
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

/** The member re-scores their own submitted sheet while scoring is open. */
export async function startRescore(params: {
  ctx: RoundContext;
  audit: AuditContext;
  member: CouncilMemberRow;
  item: AgendaItem;
  reason: string;
  now: Date;
}): Promise<ScoreSheetRow> {
  const { ctx, member, item, now } = params;
  assertMayScore(ctx, member, item);
  const current = await findCurrentSheet(ctx.db, item.id, member.id);
  if (!current)
    throw new DomainError('INVALID_TRANSITION', 'Chưa có phiếu chấm đã nộp.', 'No submitted sheet yet.');
  if (current.status === 'draft' && current.version > 1 && current.reason === params.reason) return current;
  return ctx.db.transaction(async (tx) => {
    const row = await insertRescoreVersion({
      db: tx,
      current,
      reason: params.reason,
      requestedBy: ctx.actor.accountId,
      now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'score-sheet.rescore-started',
        entityType: 'score-sheet',
        entityId: row.id,
        unitId: ctx.round.unitId,
        after: { memberId: member.id, version: row.version, reason: params.reason },
      },
      now,
    );
    return row;
  });
}
