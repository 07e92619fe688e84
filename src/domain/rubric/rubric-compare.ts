/**
 * Comparing two sheets criterion by criterion (e.g. 1048 vs 148, or a province's draft against
 * the published version): what was added, removed or changed, keyed by stable code.
 */
import { listScorableCriteria } from './rubric-tree';
import type { RubricCriterion, RubricSheet } from './rubric.types';

export interface CriterionChange {
  code: string;
  change: 'added' | 'removed' | 'changed';
  /** For 'changed': which aspects differ. */
  aspects?: ('title' | 'maxPoints' | 'options' | 'optionPoints' | 'mandatory' | 'knockOut' | 'commune')[];
  before?: { titleVi: string; maxPoints: number; optionPoints: number[] };
  after?: { titleVi: string; maxPoints: number; optionPoints: number[] };
}

export interface RubricComparison {
  isSame: boolean;
  partMaxima: { code: string; before: number | null; after: number | null }[];
  changes: CriterionChange[];
}

const summary = (c: RubricCriterion) => ({
  titleVi: c.titleVi,
  maxPoints: c.maxPoints,
  optionPoints: c.options.map((o) => o.points),
});
const flags = (c: RubricCriterion) =>
  JSON.stringify([c.mandatoryForStar ?? null, c.options.map((o) => o.mandatoryForStar ?? null)]);

/** Criterion-by-criterion differences between sheet `a` (before) and `b` (after). Pure. */
export function compareRubrics(a: RubricSheet, b: RubricSheet): RubricComparison {
  const before = new Map(listScorableCriteria(a).map((s) => [s.criterion.code, s.criterion]));
  const after = new Map(listScorableCriteria(b).map((s) => [s.criterion.code, s.criterion]));
  const changes: CriterionChange[] = [];
  for (const [code, x] of before) {
    const y = after.get(code);
    if (!y) {
      changes.push({ code, change: 'removed', before: summary(x) });
      continue;
    }
    const aspects: NonNullable<CriterionChange['aspects']> = [];
    if (x.titleVi !== y.titleVi) aspects.push('title');
    if (x.maxPoints !== y.maxPoints) aspects.push('maxPoints');
    if (x.options.length !== y.options.length || x.options.some((o, i) => o.textVi !== y.options[i]?.textVi))
      aspects.push('options');
    if (JSON.stringify(summary(x).optionPoints) !== JSON.stringify(summary(y).optionPoints))
      aspects.push('optionPoints');
    if (flags(x) !== flags(y)) aspects.push('mandatory');
    // Field by field: a stored version (jsonb) does not keep the key order of the catalogue.
    if (x.knockOut?.textVi !== y.knockOut?.textVi || x.knockOut?.textEn !== y.knockOut?.textEn)
      aspects.push('knockOut');
    if ((x.assessedByCommune ?? null) !== (y.assessedByCommune ?? null)) aspects.push('commune');
    if (aspects.length > 0)
      changes.push({ code, change: 'changed', aspects, before: summary(x), after: summary(y) });
  }
  for (const [code, y] of after)
    if (!before.has(code)) changes.push({ code, change: 'added', after: summary(y) });
  const partMaxima = (['A', 'B', 'C'] as const).map((code) => ({
    code,
    before: a.parts.find((p) => p.code === code)?.maxPoints ?? null,
    after: b.parts.find((p) => p.code === code)?.maxPoints ?? null,
  }));
  return {
    isSame: changes.length === 0 && partMaxima.every((p) => p.before === p.after),
    partMaxima,
    changes,
  };
}
