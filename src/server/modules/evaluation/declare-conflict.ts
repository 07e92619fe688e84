import { eq } from 'drizzle-orm';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  accounts,
  conflictDeclarations,
  consultancyLinks,
  producerMembers,
  producers,
} from '../../../db/schema';
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
  const [account] = await ctx.db
    .select({ unitId: accounts.unitId })
    .from(accounts)
    .where(eq(accounts.id, member.accountId));
  const [producer] = await ctx.db
    .select({ id: producers.id, name: producers.name, communeId: producers.communeId })
    .from(producers)
    .where(eq(producers.id, item.producerId));
  const memberRows = await ctx.db
    .select({ accountId: producerMembers.accountId })
    .from(producerMembers)
    .where(eq(producerMembers.producerId, item.producerId));
  const links = await ctx.db
    .select({
      producerId: consultancyLinks.producerId,
      validFrom: consultancyLinks.validFrom,
      validTo: consultancyLinks.validTo,
    })
    .from(consultancyLinks)
    .where(eq(consultancyLinks.accountId, member.accountId));
  if (!producer) return [];
  const hints = findConflictHints({
    member: {
      accountId: member.accountId,
      homeUnitId: account?.unitId ?? '',
      organisation: member.organisation,
    },
    producer: { ...producer, memberAccountIds: memberRows.map((r) => r.accountId) },
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
    await tx
      .insert(conflictDeclarations)
      .values({
        roundProductId: item.id,
        memberId: member.id,
        declaration: params.declaration,
        note: params.note,
        hints,
        declaredAt: now,
      })
      .onConflictDoUpdate({
        target: [conflictDeclarations.roundProductId, conflictDeclarations.memberId],
        set: { declaration: params.declaration, note: params.note, hints, declaredAt: now },
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
