import type { listRoundResultsForDecision } from '../../../db/repositories/decisions.repository';
import { DomainError } from '../../../domain/errors';

type ResultForDecision = Awaited<ReturnType<typeof listRoundResultsForDecision>>[number];

/**
 * The results a decision of this level certifies: certified with stars. `resultIds` narrows the
 * choice (default: all of them). A result belongs to one decision only.
 * @throws VALIDATION_FAILED (field `resultIds`) when a chosen result is not certifiable here, or
 *   when nothing is left to certify; CONFLICT when one already belongs to another decision.
 */
export function chooseCertifiableResults(
  results: readonly ResultForDecision[],
  options: { resultIds?: readonly string[]; decisionId?: string },
): ResultForDecision[] {
  const certifiable = results.filter((r) => r.result.routeAction === 'certify' && r.result.stars !== null);
  const { resultIds } = options;
  const chosen = resultIds ? certifiable.filter((r) => resultIds.includes(r.result.id)) : certifiable;
  if (resultIds && chosen.length !== new Set(resultIds).size)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Có kết quả không thuộc diện công nhận ở cấp này.',
      'Some results are not certified at this level.',
      [
        {
          field: 'resultIds',
          messageVi: 'Không công nhận ở cấp này',
          messageEn: 'Not certified at this level',
        },
      ],
    );
  if (chosen.length === 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Không có sản phẩm nào được công nhận ở cấp này.',
      'No product is certified at this level.',
      [
        {
          field: 'resultIds',
          messageVi: 'Chọn ít nhất một sản phẩm',
          messageEn: 'Choose at least one product',
        },
      ],
    );
  if (chosen.some((r) => r.decisionId !== null && r.decisionId !== options.decisionId))
    throw new DomainError(
      'CONFLICT',
      'Có kết quả đã thuộc một quyết định khác.',
      'Some results already belong to another decision.',
      [{ field: 'resultIds', messageVi: 'Đã có trong quyết định khác', messageEn: 'In another decision' }],
    );
  return chosen;
}
