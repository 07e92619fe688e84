import { describe, expect, it } from 'vitest';
import { getRubricSheet } from './catalogue/rubric-catalogue';
import { productCasesFromDossier } from './product-cases';
import { listScorableCriteria } from './rubric-tree';
import { scoreSheet } from './score-sheet';

const set26 = getRubricSheet('148', 26);
const scorable = listScorableCriteria(set26);
/** Answers every criterion outside case blocks with option 1, and every case block on `caseNumber`. */
const answersOnCase = (caseNumber: number) =>
  Object.fromEntries(
    scorable
      .filter((s) => s.caseNumber === undefined || s.caseNumber === caseNumber)
      .map((s) => [s.criterion.code, 1]),
  );

describe('set 26: the tourism case is chosen once per product', () => {
  const caseGroups = set26.parts
    .flatMap((p) => p.groups)
    .filter((g) => g.cases?.length)
    .map((g) => g.code);

  it('set 26 has its case blocks in C.8, C.9 and C.15', () => {
    expect(caseGroups).toEqual(['C.8', 'C.9', 'C.15']);
  });

  it('reads the case from the dossier (Biểu 2); case 1 when the producer answered none', () => {
    expect(productCasesFromDossier(set26, answersOnCase(2))).toEqual({ 'C.8': 2, 'C.9': 2, 'C.15': 2 });
    expect(productCasesFromDossier(set26, {})).toEqual({ 'C.8': 1, 'C.9': 1, 'C.15': 1 });
  });

  it.each([
    [1, 1, true], // member scores the product's case
    [2, 2, true],
    [1, 2, false], // member scores the other case: refused for every case block
    [2, 1, false],
  ] as const)(
    'product on case %d, member answers case %d → accepted %s',
    (productCase, memberCase, isAccepted) => {
      const requiredCases = { 'C.8': productCase, 'C.9': productCase, 'C.15': productCase };
      const score = () => scoreSheet(set26, { choices: answersOnCase(memberCase), requiredCases });
      if (isAccepted) expect(score().chosenCases).toEqual(requiredCases);
      else {
        const error = (() => {
          try {
            score();
          } catch (e) {
            return e as { details: { field: string }[] };
          }
          return null;
        })();
        expect(error?.details.map((d) => d.field)).toEqual(caseGroups);
      }
    },
  );

  it('without a fixed case (sheets scored before), either case is still accepted', () => {
    expect(scoreSheet(set26, { choices: answersOnCase(2) }).chosenCases).toEqual({
      'C.8': 2,
      'C.9': 2,
      'C.15': 2,
    });
  });
});
