/**
 * Where a council result goes under a procedure version: certify at this level, forward to the
 * next, fall back to a lower level that certifies the stars obtained, or not certified.
 */
import { DomainError } from '../errors';
import type { ProcedureLevel, ProcedureVersion } from './procedure-versions';
import type { StarCount } from './star-bands';

export interface RouteDecision {
  action: 'certify' | 'forward' | 'fall-back' | 'not-certified';
  /** Level that certifies (certify/fall-back) or receives the product (forward). */
  targetLevel?: ProcedureLevel;
  stars: StarCount | null;
  explanationVi: string;
  explanationEn: string;
}

const CERTIFIABLE_FROM = 3;

/**
 * Routes a result. Forwarding uses the awarded stars (band of the mean after mandatory criteria),
 * so a product with mean ≥ 70 held at 3★ by a mandatory criterion is certified 3★ where 3★ is
 * certified instead of being forwarded.
 * @throws DomainError VALIDATION_FAILED when `level` has no council in this procedure version.
 */
export function routeResult(
  version: ProcedureVersion,
  level: ProcedureLevel,
  mean: number,
  stars: StarCount | null,
): RouteDecision {
  const step = version.steps.find((s) => s.level === level);
  if (!step || step.role !== 'council')
    throw new DomainError(
      'VALIDATION_FAILED',
      `Cấp ${level} không chấm điểm trong quy trình ${version.id}.`,
      `Level ${level} does not score under procedure ${version.id}.`,
    );
  const m = mean.toFixed(2);
  if (stars === null || stars < CERTIFIABLE_FROM)
    return {
      action: 'not-certified',
      stars,
      explanationVi: `${m} điểm, ${stars ?? 0} sao: không công nhận.`,
      explanationEn: `${m} points, ${stars ?? 0}★: not certified.`,
    };
  if (step.certifiesStars.includes(stars))
    return {
      action: 'certify',
      targetLevel: level,
      stars,
      explanationVi: `Cấp ${level} công nhận ${stars} sao.`,
      explanationEn: `Level ${level} certifies ${stars}★.`,
    };
  const maxHere = Math.max(0, ...step.certifiesStars);
  if (stars > maxHere && step.forwardsTo)
    return {
      action: 'forward',
      targetLevel: step.forwardsTo,
      stars,
      explanationVi: `${m} điểm: đề xuất cấp ${step.forwardsTo} đánh giá.`,
      explanationEn: `${m} points: forwarded to ${step.forwardsTo}.`,
    };
  const lower = version.steps.find((s) => s.role === 'council' && s.certifiesStars.includes(stars));
  if (lower && version.allowsFallBack)
    return {
      action: 'fall-back',
      targetLevel: lower.level,
      stars,
      explanationVi: `${m} điểm: cấp ${lower.level} công nhận ${stars} sao theo kết quả này.`,
      explanationEn: `${m} points: level ${lower.level} certifies ${stars}★ on this result.`,
    };
  return {
    action: 'not-certified',
    stars,
    explanationVi: `Không có cấp công nhận ${stars} sao trong quy trình này.`,
    explanationEn: `No level certifies ${stars}★ in this procedure.`,
  };
}
