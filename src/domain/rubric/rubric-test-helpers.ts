/**
 * Test-only builders of choices for a sheet (kept out of production exports' index).
 */
import { listScorableCriteria } from './rubric-tree';
import type { RubricSheet } from './rubric.types';

/** Choices picking, for every criterion (case `caseNumber` in case blocks), `pick(optionCount)`. */
export function makeChoices(
  sheet: RubricSheet,
  pick: (optionCount: number, code: string) => number,
  caseNumber = 1,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of listScorableCriteria(sheet)) {
    if (s.caseNumber !== undefined && s.caseNumber !== caseNumber) continue;
    out[s.criterion.code] = pick(s.criterion.options.length, s.criterion.code);
  }
  return out;
}

/** The best option everywhere (ties: the last, as sheets list options ascending). */
export function bestChoices(sheet: RubricSheet, caseNumber = 1): Record<string, number> {
  const best = new Map(
    listScorableCriteria(sheet).map((s) => {
      const max = Math.max(...s.criterion.options.map((o) => o.points));
      const index = s.criterion.options.map((o) => o.points).lastIndexOf(max);
      return [s.criterion.code, index + 1] as const;
    }),
  );
  return makeChoices(sheet, (_n, code) => best.get(code)!, caseNumber);
}
