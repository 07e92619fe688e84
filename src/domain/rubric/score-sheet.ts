/**
 * Scoring one member's sheet (phiếu chấm điểm): validate the choices against the rubric and add
 * up part, group and total points. Pure; points are summed in hundredths.
 */
import { DomainError, type FieldProblem } from '../errors';
import { fromHundredths, listScorableCriteria, toHundredths } from './rubric-tree';
import type { KnockOutNote, PartCode, RubricSheet } from './rubric.types';

/**
 * Choices keyed by scorable criterion code: 1…n = the option in sheet order, 0 = "none applies"
 * (an answer worth 0 points, unlike a missing key which is "unanswered").
 */
export type Choices = Readonly<Record<string, number>>;

export interface ScoreSheetInput {
  choices: Choices;
  /** Criteria whose knock-out note the member finds applies (e.g. unacceptable impurities). */
  knockOuts?: readonly string[];
  /**
   * The case each case-block group must be scored on (`C.8` → 2), fixed once for the product
   * (set 26: community tourism vs a single tourist spot); another case is refused.
   */
  requiredCases?: Readonly<Record<string, number>>;
}

export interface KnockOutFinding extends KnockOutNote {
  criterionCode: string;
}

export interface ScoredSheet {
  total: number;
  parts: Record<PartCode, number>;
  groups: Record<string, number>;
  /** Case chosen per case-block group code (`C.8` → 1). */
  chosenCases: Record<string, number>;
  knockOuts: KnockOutFinding[];
  choices: Choices;
}

const problem = (field: string, messageVi: string, messageEn: string): FieldProblem => ({
  field,
  messageVi,
  messageEn,
});

/**
 * Scores a sheet. Invariants: every scorable criterion outside case blocks is answered exactly
 * once with 0…number of options; in each case block exactly one case is answered, completely,
 * and no criterion of another case; no unknown codes; knock-outs name criteria that carry a
 * knock-out note. Total = sum of chosen options ≤ sheet maximum.
 * @throws DomainError SCORE_SHEET_INVALID — `details` has one entry per faulty criterion code.
 */
export function scoreSheet(sheet: RubricSheet, input: ScoreSheetInput): ScoredSheet {
  const problems: FieldProblem[] = [];
  const scorable = listScorableCriteria(sheet);
  const byCode = new Map(scorable.map((s) => [s.criterion.code, s]));

  for (const code of Object.keys(input.choices))
    if (!byCode.has(code))
      problems.push(
        problem(
          code,
          `Không có tiêu chí ${code} trong bộ ${sheet.setNumber}.`,
          `No criterion ${code} in set ${sheet.setNumber}.`,
        ),
      );

  const chosenCases: Record<string, number> = {};
  const caseGroups = new Map<string, Set<number>>();
  for (const s of scorable)
    if (s.caseNumber !== undefined && input.choices[s.criterion.code] !== undefined) {
      const set = caseGroups.get(s.group.code) ?? new Set<number>();
      set.add(s.caseNumber);
      caseGroups.set(s.group.code, set);
    }
  for (const part of sheet.parts)
    for (const group of part.groups) {
      if (!group.cases?.length) continue;
      const answered = [...(caseGroups.get(group.code) ?? [])];
      if (answered.length === 0)
        problems.push(
          problem(
            group.code,
            `${group.code}: chưa chọn trường hợp nào (chọn một trong ${group.cases.length}).`,
            `${group.code}: no case chosen (choose one of ${group.cases.length}).`,
          ),
        );
      else if (answered.length > 1)
        problems.push(
          problem(
            group.code,
            `${group.code}: chỉ được chấm một trường hợp, đã chấm ${answered.map((n) => `trường hợp ${n}`).join(' và ')}.`,
            `${group.code}: only one case may be scored; got cases ${answered.join(' and ')}.`,
          ),
        );
      else if (
        input.requiredCases?.[group.code] !== undefined &&
        input.requiredCases[group.code] !== answered[0]
      )
        problems.push(
          problem(
            group.code,
            `${group.code}: sản phẩm được chấm theo trường hợp ${input.requiredCases[group.code]} (chọn một lần cho sản phẩm), không phải trường hợp ${answered[0]}.`,
            `${group.code}: the product is scored on case ${input.requiredCases[group.code]} (chosen once for the product), not case ${answered[0]}.`,
          ),
        );
      else chosenCases[group.code] = answered[0]!;
    }

  const parts: Record<PartCode, number> = { A: 0, B: 0, C: 0 };
  const groups: Record<string, number> = {};
  const knockOuts: KnockOutFinding[] = [];
  for (const s of scorable) {
    const code = s.criterion.code;
    const choice = input.choices[code];
    const inCase = s.caseNumber !== undefined;
    if (inCase && chosenCases[s.group.code] !== s.caseNumber) continue;
    if (choice === undefined) {
      problems.push(problem(code, `${code}: chưa chấm.`, `${code}: not answered.`));
      continue;
    }
    if (!Number.isInteger(choice) || choice < 0 || choice > s.criterion.options.length) {
      problems.push(
        problem(
          code,
          `${code}: lựa chọn ${String(choice)} không có (0–${s.criterion.options.length}).`,
          `${code}: option ${String(choice)} does not exist (0–${s.criterion.options.length}).`,
        ),
      );
      continue;
    }
    const option = choice === 0 ? undefined : s.criterion.options[choice - 1];
    const points = toHundredths(option?.points ?? 0);
    parts[s.partCode] += points;
    groups[s.group.code] = (groups[s.group.code] ?? 0) + points;
    if (option?.isKnockOut)
      knockOuts.push({
        criterionCode: code,
        textVi: s.criterion.knockOut?.textVi ?? option.textVi,
        textEn: s.criterion.knockOut?.textEn ?? 'Knock-out option chosen.',
      });
  }

  const headingKnockOuts = new Map<string, KnockOutNote>();
  for (const s of scorable) {
    if (s.criterion.knockOut) headingKnockOuts.set(s.criterion.code, s.criterion.knockOut);
  }
  for (const part of sheet.parts)
    for (const group of part.groups)
      for (const c of group.criteria) if (c.knockOut) headingKnockOuts.set(c.code, c.knockOut);
  for (const code of input.knockOuts ?? []) {
    const note = headingKnockOuts.get(code);
    if (!note)
      problems.push(
        problem(
          code,
          `${code}: tiêu chí này không có ghi chú loại.`,
          `${code}: this criterion has no knock-out note.`,
        ),
      );
    else if (!knockOuts.some((k) => k.criterionCode === code))
      knockOuts.push({ criterionCode: code, ...note });
  }

  if (problems.length > 0) {
    const codes = problems.map((p) => p.field);
    const head = codes.slice(0, 5).join(', ') + (codes.length > 5 ? ` (+${codes.length - 5})` : '');
    throw new DomainError(
      'SCORE_SHEET_INVALID',
      `Phiếu chấm không hợp lệ: ${head}. ${problems[0]!.messageVi}`,
      `Invalid score sheet: ${head}. ${problems[0]!.messageEn}`,
      problems,
    );
  }

  const total = parts.A + parts.B + parts.C;
  return {
    total: fromHundredths(total),
    parts: { A: fromHundredths(parts.A), B: fromHundredths(parts.B), C: fromHundredths(parts.C) },
    groups: Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, fromHundredths(v)])),
    chosenCases,
    knockOuts,
    choices: input.choices,
  };
}
