/**
 * Walking a rubric sheet: the scorable criteria (leaves that take one choice each) with their
 * place in the tree. Pure helpers shared by integrity, scoring, comparison and printing.
 */
import type { PartCode, RubricCriterion, RubricGroup, RubricSheet } from './rubric.types';

/** A criterion that takes exactly one choice, with where it sits. */
export interface ScorableCriterion {
  criterion: RubricCriterion;
  partCode: PartCode;
  group: RubricGroup;
  /** Case number when the criterion belongs to a "choose one of two cases" block. */
  caseNumber?: number;
  /** Code of the heading criterion when this is a sub-criterion. */
  headingCode?: string;
}

function leaves(criterion: RubricCriterion): { leaf: RubricCriterion; headingCode?: string }[] {
  if (criterion.subCriteria && criterion.subCriteria.length > 0)
    return criterion.subCriteria.map((sub) => ({ leaf: sub, headingCode: criterion.code }));
  return [{ leaf: criterion }];
}

/** Every scorable criterion in sheet order. */
export function listScorableCriteria(sheet: RubricSheet): ScorableCriterion[] {
  const out: ScorableCriterion[] = [];
  for (const part of sheet.parts)
    for (const group of part.groups) {
      for (const c of group.criteria)
        for (const { leaf, headingCode } of leaves(c))
          out.push({ criterion: leaf, partCode: part.code, group, ...(headingCode ? { headingCode } : {}) });
      for (const k of group.cases ?? [])
        for (const c of k.criteria)
          for (const { leaf, headingCode } of leaves(c))
            out.push({
              criterion: leaf,
              partCode: part.code,
              group,
              caseNumber: k.number,
              ...(headingCode ? { headingCode } : {}),
            });
    }
  return out;
}

/** Every criterion node (headings and leaves) in sheet order. */
export function listAllCriteria(sheet: RubricSheet): RubricCriterion[] {
  const out: RubricCriterion[] = [];
  const visit = (c: RubricCriterion): void => {
    out.push(c);
    for (const s of c.subCriteria ?? []) visit(s);
  };
  for (const part of sheet.parts)
    for (const group of part.groups) {
      for (const c of group.criteria) visit(c);
      for (const k of group.cases ?? []) for (const c of k.criteria) visit(c);
    }
  return out;
}

/** Points in integer hundredths, so sums and means carry no binary floating-point error. */
export function toHundredths(points: number): number {
  return Math.round(points * 100);
}

/** Back from hundredths to points (exact for two decimals when printed). */
export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}
