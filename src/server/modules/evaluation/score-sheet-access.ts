/** Who may score a product now, and the conflict a concurrent change of a sheet answers. */
import { DomainError } from '../../../domain/errors';
import { transitionRound } from '../../../domain/evaluation/round-workflow';
import type { CouncilMemberRow, RoundContext } from './evaluation-access';
import type { AgendaItem } from './round-data';

/** A concurrent save or submit got there first. */
export function staleSheet(): DomainError {
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
