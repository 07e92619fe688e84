/**
 * Decisions (quyết định công nhận): the standing office drafts one from an adopted round; a
 * leader approves it, which issues the certificates in the same transaction.
 */
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findDecision,
  insertDecision,
  insertDecisionItems,
  listDecisionItems,
  listRoundResultsForDecision,
  updateDecisionInStatus,
  type DecisionRow,
} from '../../../db/repositories/decisions.repository';
import { findRoundSettings } from '../../../db/repositories/round-status.repository';
import { transitionDecision } from '../../../domain/evaluation/decision-workflow';
import type { DraftDecisionInput } from '../../../contracts/evaluation.contracts';
import { DomainError, notFound } from '../../../domain/errors';
import type { RoundContext, UnitRow } from './evaluation-access';
import { chooseCertifiableResults } from './certifiable-results';
import { issueCertificate } from './issue-certificate';
import { notifyDecisionApproved, type DecisionMail } from './notify-decision-approved';
import { assertSheetsAcknowledged } from './sheet-acknowledgement';
import { peoplesCommitteeOf } from '../../../domain/admin-units/unit-names';

export type { DecisionRow };

/** Who signs: the provincial People's Committee, or the ministry for the central level. */
export function issuerNameOf(unit: Pick<UnitRow, 'level' | 'fullName'>): string {
  return unit.level === 'nation' ? 'Bộ Nông nghiệp và Môi trường' : peoplesCommitteeOf(unit.fullName);
}

export const DEFAULT_LEGAL_BASES = [
  'Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình OCOP',
  'Quyết định số 1489/QĐ-TTg ngày 06/07/2025 sửa đổi, bổ sung Quyết định số 148/QĐ-TTg',
];

/**
 * Drafts a decision for an adopted round: by default every result this level certifies.
 * A result belongs to one decision only (CONFLICT otherwise). Throws INVALID_TRANSITION (round
 * not adopted), VALIDATION_FAILED (a result not certifiable here), CONFLICT (number taken, a
 * result in another decision).
 */
export async function draftDecision(params: {
  ctx: RoundContext;
  audit: AuditContext;
  input: DraftDecisionInput;
  now: Date;
}) {
  const { ctx, input, now } = params;
  if (ctx.round.status !== 'adopted')
    throw new DomainError(
      'INVALID_TRANSITION',
      'Kết quả đợt đánh giá chưa được thông qua.',
      'The round results are not adopted yet.',
    );
  const chosen = chooseCertifiableResults(await listRoundResultsForDecision(ctx.db, ctx.round.id), {
    resultIds: input.resultIds,
  });
  return ctx.db.transaction(async (tx) => {
    const decision = await insertDecision(tx, {
      unitId: ctx.unit.id,
      level: ctx.round.level,
      roundId: ctx.round.id,
      number: input.number,
      signedOn: input.signedOn,
      titleVi:
        input.titleVi ?? `Quyết định công nhận kết quả đánh giá, phân hạng sản phẩm OCOP — ${ctx.round.name}`,
      legalBases: input.legalBases ?? DEFAULT_LEGAL_BASES,
      issuerName: issuerNameOf(ctx.unit),
      draftedBy: ctx.actor.accountId,
      draftedAt: now,
    });
    await insertDecisionItems(
      tx,
      chosen.map((r) => ({
        decisionId: decision.id,
        roundResultId: r.result.id,
        productId: r.result.productId,
        producerId: r.result.producerId,
        productSet: r.productSet,
        stars: r.result.stars!,
        meanHundredths: r.result.meanHundredths,
      })),
    );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'decision.drafted',
        entityType: 'decision',
        entityId: decision.id,
        unitId: ctx.unit.id,
        after: { number: input.number, signedOn: input.signedOn, resultIds: chosen.map((r) => r.result.id) },
      },
      now,
    );
    return decision;
  });
}

/**
 * Approves (signs) a decision, issues its certificates and notifies the producers and communes
 * (in-app, same transaction; the e-mails are returned to send after the commit). Idempotent:
 * approving an approved decision — twice in a row or at the same instant — returns it without a
 * second certificate or notification. Throws NOT_FOUND, INVALID_TRANSITION (a returned decision not
 * resubmitted yet; a result on a sheet not verified that the standing office has not acknowledged:
 * nothing is issued).
 */
export async function approveDecision(params: {
  db: Database;
  audit: AuditContext;
  decision: DecisionRow;
  issuer: UnitRow;
  accountId: string;
  actorName: string;
  now: Date;
}): Promise<{ approved: boolean; mails: DecisionMail[] }> {
  const { db, decision, now } = params;
  if (decision.status === 'approved') return { approved: false, mails: [] };
  // A returned draft waits for the office to amend and resubmit it (409 until then).
  transitionDecision(decision.status, 'approve');
  await assertSheetsAcknowledged(db, decision.id);
  const settings = decision.roundId ? await findRoundSettings(db, decision.roundId) : undefined;
  const validityMonths = settings?.certificateValidityMonths ?? 36;
  return db.transaction(async (tx) => {
    const row = await updateDecisionInStatus(tx, decision.id, 'draft', {
      status: 'approved',
      approvedBy: params.accountId,
      approvedByName: params.actorName,
      approvedAt: now,
      version: decision.version + 1,
    });
    if (!row) return { approved: false, mails: [] };
    const items = await listDecisionItems(tx, decision.id);
    const issued = [];
    for (const item of items)
      issued.push(
        await issueCertificate(tx, { decision: row, item, issuer: params.issuer, validityMonths, now }),
      );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'decision.approved',
        entityType: 'decision',
        entityId: decision.id,
        unitId: decision.unitId,
        before: { status: 'draft' },
        after: {
          status: 'approved',
          approvedBy: params.actorName,
          certificates: issued.map((c) => c.number),
        },
      },
      now,
    );
    const mails = await notifyDecisionApproved({
      db: tx,
      decision: row,
      actorAccountId: params.accountId,
      now,
    });
    return { approved: true, mails };
  });
}

export async function getDecisionRow(db: Database, id: string): Promise<DecisionRow> {
  const row = await findDecision(db, id);
  if (!row) throw notFound('quyết định', 'Decision');
  return row;
}
