import type { RubricSheet } from '../../domain/rubric/rubric.types';
import { listScorableCriteria } from '../../domain/rubric/rubric-tree';

/**
 * Running totals while scoring: points per part of the options chosen so far (criteria of an
 * unchosen case of a "one of two cases" group do not count). The server computes the real total
 * when the sheet is submitted.
 */
export function runningTotals(
  sheet: RubricSheet,
  choices: Record<string, number>,
  fixedCases: Readonly<Record<string, number>> = {},
) {
  const scorable = listScorableCriteria(sheet);
  // A case fixed for the product wins over whatever was ticked first.
  const chosenCase = new Map<string, number>(Object.entries(fixedCases));
  for (const s of scorable)
    if (
      s.caseNumber !== undefined &&
      choices[s.criterion.code] !== undefined &&
      !chosenCase.has(s.group.code)
    )
      chosenCase.set(s.group.code, s.caseNumber);
  const parts = new Map<string, number>(sheet.parts.map((p) => [p.code, 0]));
  let answered = 0;
  let required = 0;
  for (const s of scorable) {
    if (s.caseNumber !== undefined && (chosenCase.get(s.group.code) ?? 1) !== s.caseNumber) continue;
    required += 1;
    const choice = choices[s.criterion.code];
    if (choice === undefined) continue;
    answered += 1;
    parts.set(
      s.partCode,
      (parts.get(s.partCode) ?? 0) + (choice === 0 ? 0 : (s.criterion.options[choice - 1]?.points ?? 0)),
    );
  }
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const byPart = sheet.parts.map((p) => ({
    code: p.code,
    titleVi: p.titleVi,
    max: p.maxPoints,
    points: round2(parts.get(p.code) ?? 0),
  }));
  return {
    byPart,
    total: round2(byPart.reduce((sum, p) => sum + p.points, 0)),
    max: sheet.maxPoints,
    answered,
    required,
  };
}
