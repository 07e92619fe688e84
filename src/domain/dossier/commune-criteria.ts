/**
 * Biểu 3 — the criteria the commune People's Committee assesses (origin and local raw material,
 * local labour, origin of the product idea, local identity of the story), read from the rubric's
 * commune-assessed markers so that every sheet and version decides for itself. Pure.
 */
import { DomainError, type FieldProblem } from '../errors';
import { listScorableCriteria, type ScorableCriterion } from '../rubric/rubric-tree';
import type { RubricSheet } from '../rubric/rubric.types';
import type { CommuneAssessment } from './dossier.types';

/** The commune-assessed criteria of a sheet, in sheet order. */
export function listCommuneCriteria(sheet: RubricSheet): ScorableCriterion[] {
  return listScorableCriteria(sheet).filter((s) => s.criterion.assessedByCommune !== undefined);
}

/**
 * Checks a Biểu 3: exactly the commune-assessed criteria, each with an existing option (0 = none).
 * @throws DomainError VALIDATION_FAILED naming each faulty `choices.<code>`.
 */
export function validateCommuneAssessment(sheet: RubricSheet, assessment: CommuneAssessment): void {
  const criteria = listCommuneCriteria(sheet);
  const byCode = new Map(criteria.map((s) => [s.criterion.code, s.criterion]));
  const problems: FieldProblem[] = [];
  for (const code of Object.keys(assessment.choices))
    if (!byCode.has(code))
      problems.push({
        field: `choices.${code}`,
        messageVi: `${code} không phải tiêu chí do xã đánh giá`,
        messageEn: `${code} is not assessed by the commune`,
      });
  for (const [code, criterion] of byCode) {
    const choice = assessment.choices[code];
    if (!choice)
      problems.push({
        field: `choices.${code}`,
        messageVi: `${code}: chưa đánh giá`,
        messageEn: `${code}: not assessed`,
      });
    else if (
      !Number.isInteger(choice.option) ||
      choice.option < 0 ||
      choice.option > criterion.options.length
    )
      problems.push({
        field: `choices.${code}`,
        messageVi: `${code}: phương án không tồn tại (0–${criterion.options.length})`,
        messageEn: `${code}: no such option (0–${criterion.options.length})`,
      });
  }
  if (problems.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      `Biểu 3 chưa hợp lệ: ${problems[0]!.messageVi}.`,
      `Biểu 3 is not valid: ${problems[0]!.messageEn}.`,
      problems,
    );
}
