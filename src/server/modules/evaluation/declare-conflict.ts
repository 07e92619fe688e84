import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findAccountHomeUnit,
  findConflictProducer,
  listProducerMemberAccountIds,
  upsertConflictDeclaration,
} from '../../../db/repositories/conflicts.repository';
import { listConsultancyPeriodsOfAccount } from '../../../db/repositories/consultancy.repository';
import { DomainError } from '../../../domain/errors';
import { findConflictHints, type ConflictHint } from '../../../domain/evaluation/conflict-hints';
import { transitionRound } from '../../../domain/evaluation/round-workflow';
import type { CouncilMemberRow, RoundContext } from './evaluation-access';
import type { AgendaItem } from './round-data';

/** The conflict-of-interest hints for a member and a product's producer, from the data. */
export async function conflictHintsFor(
  ctx: RoundContext,
  member: CouncilMemberRow,
  item: AgendaItem,
): Promise<ConflictHint[]> {
  if (!member.accountId) return [];
  const account = await findAccountHomeUnit(ctx.db, member.accountId);
  const producer = await findConflictProducer(ctx.db, item.producerId);
  const memberAccountIds = await listProducerMemberAccountIds(ctx.db, item.producerId);
  const links = await listConsultancyPeriodsOfAccount(ctx.db, member.accountId);
  if (!producer) return [];
  const hints = findConflictHints({
    member: {
      accountId: member.accountId,
      homeUnitId: account?.unitId ?? '',
      organisation: member.organisation,
    },
    producer: { ...producer, memberAccountIds },
    consultedProducerIds: links.map((l) => l.producerId),
  });
  const link = links.find((l) => l.producerId === producer.id);
  return hints.map((hint) =>
    hint.code === 'consultancy' && link?.validFrom ? withPeriod(hint, link.validFrom, link.validTo) : hint,
  );
}

/** The consultancy hint naming its period, so the member recognises which engagement is meant. */
function withPeriod(hint: ConflictHint, from: string, to: string | null): ConflictHint {
  return {
    ...hint,
    messageVi: `${hint.messageVi.replace(/\.$/, '')} (từ ${from}${to ? ` đến ${to}` : ' đến nay'}).`,
    messageEn: `${hint.messageEn.replace(/\.$/, '')} (from ${from}${to ? ` to ${to}` : ' to date'}).`,
  };
}

/**
 * A member declares, per assigned product, no conflict or a conflict (then abstains: the sheet
 * does not count and the quorum is recomputed). A later declaration replaces an earlier one while
 * scoring is open; the audit log keeps each. Throws FORBIDDEN (not assigned), INVALID_TRANSITION.
 */
export async function declareConflict(params: {
  ctx: RoundContext;
  audit: AuditContext;
  member: CouncilMemberRow;
  item: AgendaItem;
  declaration: 'none' | 'conflict';
  note: string;
  now: Date;
}) {
  const { ctx, member, item, now } = params;
  transitionRound(ctx.round.status, 'declare_conflict');
  if (!item.memberIds.includes(member.id))
    throw new DomainError(
      'FORBIDDEN',
      'Bạn không được phân công chấm sản phẩm này.',
      'You are not assigned to this product.',
    );
  const hints = await conflictHintsFor(ctx, member, item);
  await ctx.db.transaction(async (tx) => {
    await upsertConflictDeclaration(tx, {
      roundProductId: item.id,
      memberId: member.id,
      declaration: params.declaration,
      note: params.note,
      hints,
      declaredAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'round.conflict-declared',
        entityType: 'round-product',
        entityId: item.id,
        unitId: ctx.round.unitId,
        after: {
          memberId: member.id,
          declaration: params.declaration,
          note: params.note,
          hints: hints.map((h) => h.code),
        },
      },
      now,
    );
  });
  return hints;
}
