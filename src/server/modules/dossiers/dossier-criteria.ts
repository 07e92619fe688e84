import type { DossierCriteriaOutput } from '../../../contracts/dossiers.contracts';
import { listScorableCriteria } from '../../../domain/rubric/rubric-tree';
import type { RubricSheet } from '../../../domain/rubric/rubric.types';

/** The pinned sheet as the self-assessment form needs it: criteria in order with their options. */
export function presentCriteria(sheet: RubricSheet): DossierCriteriaOutput {
  const headings = new Map<string, string>();
  for (const part of sheet.parts)
    for (const group of part.groups)
      for (const c of [...group.criteria, ...(group.cases ?? []).flatMap((k) => k.criteria)])
        headings.set(c.code, c.titleVi);
  return {
    setNumber: sheet.setNumber,
    setNameVi: sheet.setNameVi,
    requiresSamples: sheet.requiresSamples,
    criteria: listScorableCriteria(sheet).map((s) => ({
      code: s.criterion.code,
      partCode: s.partCode,
      groupCode: s.group.code,
      groupTitleVi: s.group.titleVi,
      headingTitleVi: s.headingCode ? (headings.get(s.headingCode) ?? null) : null,
      caseNumber: s.caseNumber ?? null,
      titleVi: s.criterion.titleVi,
      noteVi: s.criterion.noteVi ?? null,
      maxPoints: s.criterion.maxPoints,
      assessedByCommune: s.criterion.assessedByCommune ?? null,
      evidenceHintsVi: [...(s.criterion.evidenceHintsVi ?? [])],
      options: s.criterion.options.map((o, i) => ({
        number: i + 1,
        textVi: o.textVi,
        points: o.points,
        mandatoryForStar: o.mandatoryForStar ?? null,
      })),
    })),
  };
}
