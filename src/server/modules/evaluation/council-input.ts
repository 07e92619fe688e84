import type { CreateCouncilInput } from '../../../contracts/evaluation.contracts';
import { DomainError } from '../../../domain/errors';

/**
 * The checks a council's data passes on creation and on every edit: the term ends after it
 * starts, and an account holds one seat. (Size, chair and agencies are advice, checked live on
 * the form and when a round opens.) Throws VALIDATION_FAILED naming the field.
 */
export function assertValidCouncilInput(
  input: Pick<CreateCouncilInput, 'termFrom' | 'termTo' | 'members'>,
): void {
  if (input.termTo && input.termTo < input.termFrom)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Nhiệm kỳ phải kết thúc sau ngày bắt đầu.',
      'The term must end after it starts.',
      [
        {
          field: 'termTo',
          messageVi: 'Trước ngày bắt đầu nhiệm kỳ',
          messageEn: 'Before the start of the term',
        },
      ],
    );
  const accountIds = input.members.map((m) => m.accountId).filter((id): id is string => !!id);
  if (new Set(accountIds).size !== accountIds.length)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Một tài khoản chỉ giữ một vị trí trong hội đồng.',
      'An account holds one seat in a council.',
      [{ field: 'members', messageVi: 'Tài khoản trùng', messageEn: 'Duplicate account' }],
    );
}
