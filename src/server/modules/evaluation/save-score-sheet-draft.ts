import type { SaveSheetInput } from '../../../contracts/evaluation.contracts';
import type { AuditContext } from '../../../db/repositories/audit.repository';
import {
  insertScoreSheetVersion,
  updateDraftScoreSheet,
} from '../../../db/repositories/score-sheets.repository';
import { DomainError } from '../../../domain/errors';
import { transitionSheet } from '../../../domain/evaluation/round-workflow';
import { listScorableCriteria } from '../../../domain/rubric/rubric-tree';
import { findKnockOutNote } from '../../../domain/rubric/star-award';
import type { CouncilMemberRow, RoundContext } from './evaluation-access';
import { findCurrentSheet, rubricSheetLoader, type AgendaItem, type ScoreSheetRow } from './round-data';
import { assertMayScore, staleSheet } from './score-sheet-access';

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
    if (!row) throw staleSheet();
    return row;
  }
  transitionSheet(current.status, 'save');
  if (current.revision !== input.revision) throw staleSheet();
  const row = await updateDraftScoreSheet(ctx.db, current.id, input.revision, values);
  if (!row) throw staleSheet();
  return row;
}
