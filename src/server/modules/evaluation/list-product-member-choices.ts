import type { RoundProductMemberChoicesOutput } from '../../../contracts/round-assignment.contracts';
import { VOTING_MEMBER_ROLES } from '../../../domain/evaluation/evaluation.types';
import { notFound } from '../../../domain/errors';
import { conflictHintsFor } from './declare-conflict';
import type { RoundContext } from './evaluation-access';
import { loadAgenda } from './round-data';

/**
 * Who may score one product of a round: the council's current scoring members, whether each is
 * assigned, and the conflict-of-interest hints that would make the server refuse them.
 * @throws NOT_FOUND (product not in the round)
 */
export async function listProductMemberChoices(params: {
  ctx: RoundContext;
  roundProductId: string;
}): Promise<RoundProductMemberChoicesOutput> {
  const { ctx } = params;
  const item = (await loadAgenda(ctx.db, ctx.round.id)).find((a) => a.id === params.roundProductId);
  if (!item) throw notFound('sản phẩm trong đợt', 'Round product');
  const voting = ctx.members.filter(
    (m) => m.removedAt === null && (VOTING_MEMBER_ROLES as readonly string[]).includes(m.role),
  );
  const items = [];
  for (const member of voting) {
    const hints = await conflictHintsFor(ctx, member, item);
    items.push({
      memberId: member.id,
      isAssigned: item.memberIds.includes(member.id),
      conflicts: hints.map((h) => ({ code: h.code, messageVi: h.messageVi, messageEn: h.messageEn })),
    });
  }
  return { items };
}
