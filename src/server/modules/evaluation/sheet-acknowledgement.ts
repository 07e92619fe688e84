/**
 * Results scored on a sheet not verified against the gazette (set 26 unverified, sets 11–13
 * provisional…): the warning every screen shows, the standing office's audited acknowledgement,
 * and the check that refuses to issue a certificate before it.
 */
import type { SheetWarningOutput } from '../../../contracts/evaluation.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findRoundResultWithSheet,
  listResultSheets,
  listResultSheetsOfDecision,
  setSheetAcknowledgement,
  type SheetAcknowledgement,
} from '../../../db/repositories/round-results.repository';
import { DomainError, notFound } from '../../../domain/errors';
import type { RubricSheet } from '../../../domain/rubric/rubric.types';
import { sheetVerificationOf, sheetWarningOf } from '../../../domain/rubric/sheet-verification';
import type { RoundContext } from './evaluation-access';
import { rubricSheetLoader } from './round-data';

/** The warning of a sheet (null when verified), with the acknowledgement when there is one. */
export function presentSheetWarning(
  sheet: RubricSheet,
  acknowledgement: SheetAcknowledgement | null,
): SheetWarningOutput | null {
  const warning = sheetWarningOf(sheet);
  if (!warning) return null;
  return {
    ...warning,
    acknowledgement: acknowledgement
      ? { note: acknowledgement.note, byName: acknowledgement.byName, at: acknowledgement.at }
      : null,
  };
}

/**
 * The standing office acknowledges that an adopted result rests on a sheet that is not verified.
 * Idempotent: a second acknowledgement returns the first one unchanged. Throws NOT_FOUND (result
 * not in this round), INVALID_TRANSITION (the sheet is verified: nothing to acknowledge).
 */
export async function acknowledgeSheet(params: {
  ctx: RoundContext;
  audit: AuditContext;
  resultId: string;
  note: string;
  actorName: string;
  now: Date;
}): Promise<SheetAcknowledgement> {
  const { ctx, now } = params;
  const row = await findRoundResultWithSheet(ctx.db, ctx.round.id, params.resultId);
  if (!row) throw notFound('kết quả đánh giá', 'Result');
  if (row.result.sheetAcknowledgement) return row.result.sheetAcknowledgement;
  const sheet = (await rubricSheetLoader(ctx.db))(row.rubricVersionId, row.productSet);
  const verification = sheetVerificationOf(sheet);
  if (verification.status === 'verified')
    throw new DomainError(
      'INVALID_TRANSITION',
      'Phiếu chấm của kết quả này đã được kiểm chứng; không cần xác nhận.',
      'The sheet of this result is verified; there is nothing to acknowledge.',
    );
  const acknowledgement: SheetAcknowledgement = {
    note: params.note,
    verification: verification.status,
    byAccountId: ctx.actor.accountId,
    byName: params.actorName,
    at: now.toISOString(),
  };
  return ctx.db.transaction(async (tx) => {
    const updated = await setSheetAcknowledgement(tx, ctx.round.id, row.result.id, acknowledgement);
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'round-result.sheet-acknowledged',
        entityType: 'round-result',
        entityId: row.result.id,
        unitId: ctx.round.unitId,
        after: {
          note: params.note,
          verification: verification.status,
          rubricVersionId: row.rubricVersionId,
          productSet: row.productSet,
        },
      },
      now,
    );
    return updated!.sheetAcknowledgement!;
  });
}

/**
 * Refuses to issue the certificates of a decision while one of its results rests on a sheet not
 * verified and not acknowledged. Throws INVALID_TRANSITION naming the products
 * (`extra.unacknowledgedResultIds`).
 */
export async function assertSheetsAcknowledged(db: Database, decisionId: string): Promise<void> {
  const rows = await listResultSheetsOfDecision(db, decisionId);
  const sheetOf = await rubricSheetLoader(db);
  const missing = rows.filter(
    (r) =>
      r.acknowledgement === null &&
      sheetVerificationOf(sheetOf(r.rubricVersionId, r.productSet)).status !== 'verified',
  );
  if (missing.length === 0) return;
  const names = missing.map((r) => `${r.productName} (bộ ${r.productSet})`).join(', ');
  throw new DomainError(
    'INVALID_TRANSITION',
    `Chưa cấp được giấy chứng nhận: ${names} được chấm trên phiếu chưa kiểm chứng; văn phòng thường trực phải xác nhận trước.`,
    `Certificates cannot be issued yet: ${missing.map((r) => `${r.productName} (set ${r.productSet})`).join(', ')} was scored on a sheet that is not verified; the standing office must acknowledge it first.`,
    undefined,
    { reason: 'sheet-not-acknowledged', unacknowledgedResultIds: missing.map((r) => r.resultId) },
  );
}

/** Warnings of many results at once (results list, decision draft). */
export async function sheetWarningsOfResults(
  db: Database,
  resultIds: string[],
): Promise<Map<string, SheetWarningOutput | null>> {
  if (resultIds.length === 0) return new Map();
  const rows = await listResultSheets(db, resultIds);
  const sheetOf = await rubricSheetLoader(db);
  return new Map(
    rows.map((r) => [
      r.resultId,
      presentSheetWarning(sheetOf(r.rubricVersionId, r.productSet), r.acknowledgement),
    ]),
  );
}
