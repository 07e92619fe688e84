import { DomainError } from '../../../domain/errors';

/** 409 when the report moved on since the caller read it (another tab, another officer). */
export function staleReport(): DomainError {
  return new DomainError(
    'CONFLICT',
    'Báo cáo vừa được người khác thay đổi, hãy tải lại.',
    'The report was just changed by someone else; reload it.',
  );
}
