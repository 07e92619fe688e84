/**
 * Live self-score (tự chấm) of a dossier while the producer fills Biểu 2: the points of the
 * options chosen so far, the star estimate of the rubric engine and its "why not higher". Pure.
 */
import { listScorableCriteria } from '../rubric/rubric-tree';
import type { RubricSheet } from '../rubric/rubric.types';
import { scoreSheet, type Choices } from '../rubric/score-sheet';
import { awardStars, type MandatoryRequirement } from '../rubric/star-award';
import type { StarCount } from '../rubric/star-bands';
import type { PartCode } from '../rubric/rubric.types';
import type { DossierAnswers } from './dossier.types';
import { relevantCriteria } from './dossier-completeness';

export interface SelfScore {
  total: number;
  parts: Record<PartCode, number>;
  /** Star estimate on the self-assessed total (null after a knock-out option). */
  stars: StarCount | null;
  bandStars: StarCount;
  isCertifiable: boolean;
  nextBand?: { stars: StarCount; pointsMissing: number; unmetRequirements: MandatoryRequirement[] };
  /** Unanswered criteria count as 0 points: the estimate can only rise as answers come in. */
  unansweredCount: number;
  explanationVi: string;
  explanationEn: string;
}

/**
 * Turns (possibly partial) answers into complete choices: unanswered relevant criteria become 0,
 * answers of the case not chosen are dropped, an unanswered case block takes case 1 with zeros,
 * and out-of-range options are clamped to 0 — so the scoring engine always accepts them.
 */
export function choicesForEstimate(
  sheet: RubricSheet,
  answers: DossierAnswers,
): { choices: Choices; unansweredCount: number } {
  const { relevant } = relevantCriteria(sheet, (code) => answers[code] !== undefined);
  const relevantCodes = new Set(relevant.map((s) => s.criterion.code));
  const scorable = listScorableCriteria(sheet);
  const caseGroupsAnswered = new Set(
    relevant.filter((s) => s.caseNumber !== undefined).map((s) => s.group.code),
  );
  const choices: Record<string, number> = {};
  let unansweredCount = 0;
  for (const s of scorable) {
    const isFallbackCase = s.caseNumber === 1 && !caseGroupsAnswered.has(s.group.code);
    if (!relevantCodes.has(s.criterion.code) && !isFallbackCase) continue;
    const option = answers[s.criterion.code]?.option;
    if (option === undefined) unansweredCount += 1;
    const isValid =
      option !== undefined && Number.isInteger(option) && option >= 0 && option <= s.criterion.options.length;
    choices[s.criterion.code] = isValid ? option : 0;
  }
  return { choices, unansweredCount };
}

/** The producer's own score and star estimate, with what keeps it from the next star. */
export function computeSelfScore(sheet: RubricSheet, answers: DossierAnswers): SelfScore {
  const { choices, unansweredCount } = choicesForEstimate(sheet, answers);
  const scored = scoreSheet(sheet, { choices });
  const award = awardStars({ sheet, mean: scored.total, members: [{ name: 'self', choices }] });
  const stars = scored.knockOuts.length > 0 ? null : award.stars;
  const knockVi = scored.knockOuts.map((k) => `${k.criterionCode}: ${k.textVi}`).join('; ');
  return {
    total: scored.total,
    parts: scored.parts,
    stars,
    bandStars: award.bandStars,
    isCertifiable: stars !== null && award.isCertifiable,
    ...(award.nextBand && stars !== null ? { nextBand: award.nextBand } : {}),
    unansweredCount,
    explanationVi:
      stars === null
        ? `Đã chọn phương án loại (${knockVi}); sản phẩm sẽ không được đánh giá tiếp.`
        : award.explanationVi,
    explanationEn:
      stars === null
        ? 'A knock-out option is chosen; the product would not be evaluated further.'
        : award.explanationEn,
  };
}
