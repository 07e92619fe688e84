import { describe, expect, it } from 'vitest';
import { RUBRIC_148 } from './catalogue/148/rubric-148';
import { checkRubricIntegrity } from './rubric-integrity';
import type { RubricSheet } from './rubric.types';

describe('checkRubricIntegrity — the 148 catalogue', () => {
  it('has 26 sets numbered 1…26', () => {
    expect(RUBRIC_148.sheets.map((s) => s.setNumber)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });

  it.each(RUBRIC_148.sheets.map((s) => [s.setNumber, s] as const))(
    'set %i passes with parts 40/25/35',
    (_n, sheet) => {
      const report = checkRubricIntegrity(sheet, { partMaxima: RUBRIC_148.partMaxima });
      expect(report.issues).toEqual([]);
      expect(report.parts.map((p) => [p.code, p.declared, p.computed])).toEqual([
        ['A', 40, 40],
        ['B', 25, 25],
        ['C', 35, 35],
      ]);
      expect(report.total).toEqual({ declared: 100, computed: 100 });
      for (const d of report.decisions) expect(d.reason.length).toBeGreaterThan(10);
    },
  );
});

function tinySheet(): RubricSheet {
  const criterion = (code: string, max: number) => ({
    code,
    letter: code.slice(-1),
    titleVi: code,
    maxPoints: max,
    options: [
      { textVi: 'thấp', points: 0 },
      { textVi: 'cao', points: max },
    ],
  });
  return {
    setNumber: 99,
    setNameVi: 'Thử',
    setNameEn: 'Test',
    maxPoints: 100,
    requiresSamples: true,
    decisions: [],
    parts: [
      {
        code: 'A',
        titleVi: 'A',
        titleEn: 'A',
        maxPoints: 40,
        groups: [
          {
            code: 'A.1',
            number: 1,
            titleVi: 'g',
            maxPoints: 40,
            criteria: [criterion('A.1.a', 20), criterion('A.1.b', 20)],
          },
        ],
      },
      {
        code: 'B',
        titleVi: 'B',
        titleEn: 'B',
        maxPoints: 25,
        groups: [{ code: 'B.2', number: 2, titleVi: 'g', maxPoints: 25, criteria: [criterion('B.2.a', 25)] }],
      },
      {
        code: 'C',
        titleVi: 'C',
        titleEn: 'C',
        maxPoints: 35,
        groups: [{ code: 'C.3', number: 3, titleVi: 'g', maxPoints: 35, criteria: [criterion('C.3.a', 35)] }],
      },
    ],
  };
}

describe('checkRubricIntegrity — refusals name the node', () => {
  it('accepts a consistent sheet', () => {
    expect(checkRubricIntegrity(tinySheet(), { partMaxima: { A: 40, B: 25, C: 35 } }).isValid).toBe(true);
  });

  it('names a criterion whose maximum is not its best option, and the sums that break', () => {
    const sheet = structuredClone(tinySheet()) as RubricSheet & {
      parts: { groups: { criteria: { maxPoints: number }[] }[] }[];
    };
    sheet.parts[0]!.groups[0]!.criteria[1]!.maxPoints = 19;
    const report = checkRubricIntegrity(sheet);
    expect(report.isValid).toBe(false);
    expect(report.issues.map((i) => [i.code, i.nodeCode])).toEqual([
      ['CRITERION_MAX_MISMATCH', 'A.1.b'],
      ['GROUP_SUM_MISMATCH', 'A.1'],
    ]);
  });

  it('refuses a wrong total', () => {
    const sheet = { ...tinySheet(), maxPoints: 90 };
    expect(checkRubricIntegrity(sheet).issues.map((i) => i.code)).toContain('TOTAL_MISMATCH');
  });

  it('refuses a duplicate code', () => {
    const sheet = structuredClone(tinySheet()) as RubricSheet & {
      parts: { groups: { criteria: { code: string }[] }[] }[];
    };
    sheet.parts[0]!.groups[0]!.criteria[1]!.code = 'A.1.a';
    const report = checkRubricIntegrity(sheet);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'DUPLICATE_CODE', nodeCode: 'A.1.a' }),
    );
  });

  it('refuses part maxima other than the version requires, and unparsable values', () => {
    const sheet = structuredClone(tinySheet()) as RubricSheet & {
      parts: { groups: { criteria: { options: { points: number }[] }[] }[] }[];
    };
    sheet.parts[2]!.groups[0]!.criteria[0]!.options[0]!.points = Number.NaN;
    const report = checkRubricIntegrity(sheet, { partMaxima: { A: 35, B: 25, C: 40 } });
    const codes = report.issues.map((i) => `${i.code}:${i.nodeCode}`);
    expect(codes).toContain('PART_MAX_UNEXPECTED:A');
    expect(codes).toContain('PART_MAX_UNEXPECTED:C');
    expect(codes).toContain('INVALID_VALUE:C.3.a#1');
  });
});
