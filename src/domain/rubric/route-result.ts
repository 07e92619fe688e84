/**
 * Where a council result goes under a procedure version: certify at this level, forward to the
 * next, fall back to a lower level that certifies the stars obtained, or not certified.
 */
import { DomainError } from '../errors';
import type { ForwardingReading } from './council-settings';
import {
  PROCEDURE_LEVEL_LABELS,
  type ProcedureLevel,
  type ProcedureStep,
  type ProcedureVersion,
} from './procedure-versions';
import type { StarCount } from './star-bands';

export interface RouteDecision {
  action: 'certify' | 'forward' | 'fall-back' | 'not-certified';
  /** Level that certifies (certify/fall-back) or receives the product (forward). */
  targetLevel?: ProcedureLevel;
  stars: StarCount | null;
  /** The forwarding reading applied (points = the law's text, stars = a province's regulation). */
  reading: ForwardingReading;
  explanationVi: string;
  explanationEn: string;
}

const CERTIFIABLE_FROM = 3;

function forwardByPoints(
  step: ProcedureStep,
  mean: number,
  m: string,
  reading: ForwardingReading,
): RouteDecision | null {
  if (!step.forwardsTo || step.forwardFromPoints === undefined || mean < step.forwardFromPoints) return null;
  const to = PROCEDURE_LEVEL_LABELS[step.forwardsTo];
  return {
    action: 'forward',
    targetLevel: step.forwardsTo,
    stars: null,
    reading,
    explanationVi: `Chuyển cấp trên vì đạt ≥ ${step.forwardFromPoints} điểm (${m} điểm): đề xuất cấp ${to.vi} đánh giá.`,
    explanationEn: `Forwarded because the mean is ≥ ${step.forwardFromPoints} points (${m}): proposed to the ${to.en} level.`,
  };
}

/**
 * Routes a result. Reading 'points' (the default of 148 and 1489): a mean at or above the step's
 * `forwardFromPoints` goes up whatever the stars, so a district result of 72 held at 3★ by a ★4
 * mandatory criterion reaches the province, and a provincial 91 held at 4★ reaches the ministry,
 * whose council judges it. Reading 'stars': only stars above what this level certifies go up.
 * A knock-out (stars null) is never forwarded.
 * @throws DomainError VALIDATION_FAILED when `level` has no council in this procedure version.
 */
export function routeResult(
  version: ProcedureVersion,
  level: ProcedureLevel,
  mean: number,
  stars: StarCount | null,
  options: { reading?: ForwardingReading } = {},
): RouteDecision {
  const reading = options.reading ?? version.forwardingReading;
  const step = version.steps.find((s) => s.level === level);
  if (!step || step.role !== 'council')
    throw new DomainError(
      'VALIDATION_FAILED',
      `Cấp ${level} không chấm điểm trong quy trình ${version.id}.`,
      `Level ${level} does not score under procedure ${version.id}.`,
    );
  const m = mean.toFixed(2);
  if (stars !== null && reading === 'points') {
    const forward = forwardByPoints(step, mean, m, reading);
    if (forward) return { ...forward, stars };
  }
  if (stars === null || stars < CERTIFIABLE_FROM)
    return {
      action: 'not-certified',
      stars,
      reading,
      explanationVi: `${m} điểm, ${stars ?? 0} sao: không công nhận.`,
      explanationEn: `${m} points, ${stars ?? 0}★: not certified.`,
    };
  if (step.certifiesStars.includes(stars))
    return {
      action: 'certify',
      targetLevel: level,
      stars,
      reading,
      explanationVi: `Cấp ${PROCEDURE_LEVEL_LABELS[level].vi} công nhận ${stars} sao.`,
      explanationEn: `The ${PROCEDURE_LEVEL_LABELS[level].en} level certifies ${stars}★.`,
    };
  const maxHere = Math.max(0, ...step.certifiesStars);
  if (stars > maxHere && step.forwardsTo)
    return {
      action: 'forward',
      targetLevel: step.forwardsTo,
      stars,
      reading,
      explanationVi: `Chuyển cấp trên vì đạt ${stars} sao (${m} điểm): đề xuất cấp ${PROCEDURE_LEVEL_LABELS[step.forwardsTo].vi} đánh giá.`,
      explanationEn: `Forwarded because of ${stars}★ (${m} points): proposed to the ${PROCEDURE_LEVEL_LABELS[step.forwardsTo].en} level.`,
    };
  const lower = version.steps.find((s) => s.role === 'council' && s.certifiesStars.includes(stars));
  if (lower && version.allowsFallBack)
    return {
      action: 'fall-back',
      targetLevel: lower.level,
      stars,
      reading,
      explanationVi: `${m} điểm: cấp ${PROCEDURE_LEVEL_LABELS[lower.level].vi} công nhận ${stars} sao theo kết quả này.`,
      explanationEn: `${m} points: the ${PROCEDURE_LEVEL_LABELS[lower.level].en} level certifies ${stars}★ on this result.`,
    };
  return {
    action: 'not-certified',
    stars,
    reading,
    explanationVi: `Không có cấp công nhận ${stars} sao trong quy trình này.`,
    explanationEn: `No level certifies ${stars}★ in this procedure.`,
  };
}
