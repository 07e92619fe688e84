import { DomainError } from '../../../domain/errors';

/** Someone moved the round (another chair's tab, a concurrent request) meanwhile. */
export function roundChanged(): DomainError {
  return new DomainError(
    'CONFLICT',
    'Đợt đánh giá vừa được thay đổi; hãy tải lại.',
    'The round changed meanwhile; reload it.',
  );
}
