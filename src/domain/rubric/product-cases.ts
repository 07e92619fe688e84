/**
 * "Lựa chọn một trong hai trường hợp" describes the product (set 26: community tourism vs a single
 * tourist spot), so the case is chosen once per product, from the dossier, and every member
 * scores that case. Pure.
 */
import { listScorableCriteria } from './rubric-tree';
import type { RubricSheet } from './rubric.types';

/**
 * The case of every case-block group, read from the producer's self-assessment (Biểu 2): the case
 * whose criteria it answered; case 1 when it answered none or several (the standing office
 * checks it when setting the round up).
 */
export function productCasesFromDossier(
  sheet: RubricSheet,
  answers: Readonly<Record<string, unknown>>,
): Record<string, number> {
  const answeredByGroup = new Map<string, Set<number>>();
  for (const s of listScorableCriteria(sheet))
    if (s.caseNumber !== undefined && answers[s.criterion.code] !== undefined)
      answeredByGroup.set(
        s.group.code,
        (answeredByGroup.get(s.group.code) ?? new Set<number>()).add(s.caseNumber),
      );
  const cases: Record<string, number> = {};
  for (const part of sheet.parts)
    for (const group of part.groups) {
      if (!group.cases?.length) continue;
      const answered = [...(answeredByGroup.get(group.code) ?? [])];
      cases[group.code] = answered.length === 1 ? answered[0]! : 1;
    }
  return cases;
}
