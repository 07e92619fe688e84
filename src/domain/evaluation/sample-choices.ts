/**
 * Choices that add up to a wanted total — for demo data, training rooms and tests (a member who
 * scores "about 74"). Not used to judge anything. Pure.
 */
import { listScorableCriteria, toHundredths, fromHundredths } from '../rubric/rubric-tree';
import type { RubricCriterion, RubricSheet } from '../rubric/rubric.types';

/** Hundredths of the highest mandatory minimum among the criterion's options (0 when none). */
function mandatoryFloor(criterion: RubricCriterion): number {
  return Math.max(
    0,
    ...criterion.options.filter((o) => o.mandatoryForStar !== undefined).map((o) => toHundredths(o.points)),
  );
}

/**
 * Starts from the best option everywhere (case 1 of case blocks), applies `fixed` choices, then
 * lowers criteria one by one (sheet order, never below `target`) to come as close as possible.
 * Returns the choices and the total they score.
 */
export function sampleChoicesForTotal(
  sheet: RubricSheet,
  target: number,
  fixed: Readonly<Record<string, number>> = {},
): { choices: Record<string, number>; total: number } {
  const criteria = listScorableCriteria(sheet).filter(
    (s) => s.caseNumber === undefined || s.caseNumber === 1,
  );
  const pointsOf = (code: string, choice: number): number => {
    const c = criteria.find((s) => s.criterion.code === code)!.criterion;
    return choice === 0 ? 0 : toHundredths(c.options[choice - 1]?.points ?? 0);
  };
  const choices: Record<string, number> = {};
  for (const { criterion } of criteria) {
    if (fixed[criterion.code] !== undefined) {
      choices[criterion.code] = fixed[criterion.code]!;
      continue;
    }
    const best = Math.max(...criterion.options.map((o) => o.points));
    choices[criterion.code] = criterion.options.map((o) => o.points).lastIndexOf(best) + 1;
  }
  const wanted = toHundredths(target);
  let total = criteria.reduce((sum, s) => sum + pointsOf(s.criterion.code, choices[s.criterion.code]!), 0);
  /** Pass 1 keeps every mandatory minimum met (so the stars follow the total); pass 2 may not. */
  for (const keepMandatory of [true, false])
    for (const { criterion } of criteria) {
      if (total <= wanted) break;
      if (fixed[criterion.code] !== undefined) continue;
      const floor = keepMandatory ? mandatoryFloor(criterion) : 0;
      const current = pointsOf(criterion.code, choices[criterion.code]!);
      let bestChoice = choices[criterion.code]!;
      let bestTotal = total;
      for (let option = 0; option <= criterion.options.length; option += 1) {
        const points = pointsOf(criterion.code, option);
        const candidate = total - current + points;
        if (
          points >= floor &&
          (!keepMandatory || criterion.mandatoryForStar === undefined || points > 0) &&
          candidate >= wanted &&
          candidate < bestTotal
        ) {
          bestTotal = candidate;
          bestChoice = option;
        }
      }
      choices[criterion.code] = bestChoice;
      total = bestTotal;
    }
  return { choices, total: fromHundredths(total) };
}
