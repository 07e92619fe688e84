import { describe, expect, it } from 'vitest';
import { RUBRIC_148 } from './catalogue/148/rubric-148';
import { rubricSheetsFromCsv, rubricSheetToCsvRows } from './rubric-csv';
import { parseRubricImport } from './rubric-import.schema';
import { DomainError } from '../errors';

describe('rubric CSV', () => {
  it.each(RUBRIC_148.sheets.map((s) => [s.setNumber, s] as const))(
    'round-trips set %i through CSV rows',
    (_set, sheet) => {
      const [rebuilt] = rubricSheetsFromCsv(rubricSheetToCsvRows(sheet));
      // Decisions and the verification status travel beside the CSV (a CSV sheet reads as unverified).
      const { decisions: _ignored, verification: _status, ...expected } = sheet;
      const { decisions: _none, ...actual } = rebuilt!;
      expect(rebuilt!.verification).toBeUndefined();
      expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(JSON.stringify(expected)));
    },
  );

  it('feeds the same integrity checks as a JSON file', () => {
    const rows = rubricSheetToCsvRows(RUBRIC_148.sheets.find((s) => s.setNumber === 7)!);
    const option = rows.find((r) => r.kind === 'option')!;
    option.points = String(Number(option.points) + 7);
    const sheets = rubricSheetsFromCsv(rows);
    expect(() => parseRubricImport({ ...RUBRIC_148, id: 'csv', status: 'draft', sheets })).toThrow(
      DomainError,
    );
  });

  it('names the line of an unreadable value', () => {
    const rows = rubricSheetToCsvRows(RUBRIC_148.sheets[0]!);
    rows[5]!.points = 'l';
    try {
      rubricSheetsFromCsv(rows);
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).details?.[0]?.field).toBe('line 7');
    }
  });
});
