/**
 * Evidence one click away: an assigned council member opens the evidence files the producer
 * linked to the dossier, as frozen in its latest submitted version — only while the round is
 * open, only for products assigned to the member, and every download is audited.
 */
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findLatestSubmittedVersion, type FrozenEvidence } from '../../../db/repositories/rounds.repository';
import type { DossierAnswers } from '../../../domain/dossier/dossier.types';
import { DomainError, notFound } from '../../../domain/errors';
import type { CouncilMemberRow, RoundContext } from './evaluation-access';
import type { AgendaItem } from './round-data';

/** The latest submitted version's answers (Biểu 2) and evidence, or empty when none exists. */
export async function loadSubmittedDossier(
  db: Database,
  dossierId: string,
): Promise<{ answers: DossierAnswers; evidence: FrozenEvidence[] }> {
  const version = await findLatestSubmittedVersion(db, dossierId);
  return { answers: version?.answers ?? {}, evidence: version?.evidence ?? [] };
}

/** Criterion code → the evidence ids the producer linked to it in Biểu 2. */
export function criteriaByEvidence(answers: DossierAnswers): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const [code, answer] of Object.entries(answers))
    for (const id of answer.evidenceIds) codes.set(id, [...(codes.get(id) ?? []), code]);
  return codes;
}

/** Why a member who declared a conflict of interest for a product cannot open its files. */
export function abstainedFromEvidence(): DomainError {
  return new DomainError(
    'FORBIDDEN',
    'Bạn đã khai báo xung đột lợi ích với sản phẩm này nên không xem hồ sơ/minh chứng của nó.',
    'You declared a conflict of interest with this product, so you cannot open its dossier or evidence.',
  );
}

/**
 * The evidence file a member may open, after writing the audit row of the download. Throws
 * NOT_FOUND (not assigned to the product, or the evidence is not part of its dossier) and
 * FORBIDDEN (the round is not open for scoring, or the member declared a conflict of interest
 * for the product — that refusal is audited too; withdrawing the declaration restores access).
 */
export async function openRoundEvidence(params: {
  ctx: RoundContext;
  audit: AuditContext;
  member: CouncilMemberRow;
  item: AgendaItem;
  evidenceId: string;
  now: Date;
}): Promise<FrozenEvidence> {
  const { ctx, member, item, now } = params;
  if (!item.memberIds.includes(member.id)) throw notFound('minh chứng', 'Evidence');
  if (ctx.round.status !== 'open')
    throw new DomainError(
      'FORBIDDEN',
      'Minh chứng của hồ sơ chỉ mở cho thành viên khi đợt đánh giá đang chấm điểm.',
      'Dossier evidence opens to members only while the round is open for scoring.',
    );
  const { evidence } = await loadSubmittedDossier(ctx.db, item.dossierId);
  const file = evidence.find((e) => e.id === params.evidenceId);
  if (!file) throw notFound('minh chứng', 'Evidence');
  if (item.declarations.get(member.id) === 'conflict') {
    await ctx.db.transaction(async (tx) => {
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'evidence.download-refused',
          entityType: 'evidence',
          entityId: file.id,
          unitId: ctx.round.unitId,
          after: {
            roundId: ctx.round.id,
            roundProductId: item.id,
            memberId: member.id,
            reason: 'conflict-of-interest',
          },
        },
        now,
      );
    });
    throw abstainedFromEvidence();
  }
  await ctx.db.transaction(async (tx) => {
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'evidence.downloaded-by-council',
        entityType: 'evidence',
        entityId: file.id,
        unitId: ctx.round.unitId,
        after: {
          roundId: ctx.round.id,
          roundProductId: item.id,
          memberId: member.id,
          sha256: file.sha256,
          fileName: file.fileName,
        },
      },
      now,
    );
  });
  return file;
}
