import { describe, expect, it } from 'vitest';
import { RUBRIC_148 } from './catalogue/148/rubric-148';
import { getRubricSheet } from './catalogue/rubric-catalogue';
import { parseRubricImport } from './rubric-import.schema';
import { needsSheetAcknowledgement, sheetVerificationOf, sheetWarningOf } from './sheet-verification';

describe('sheet verification status', () => {
  it('every built-in sheet carries one: set 26 unverified, sets 11–13 provisional, the others verified', () => {
    const byStatus = (status: string) =>
      RUBRIC_148.sheets.filter((s) => sheetVerificationOf(s).status === status).map((s) => s.setNumber);
    expect(byStatus('unverified')).toEqual([26]);
    expect(byStatus('provisional')).toEqual([11, 12, 13]);
    expect(byStatus('verified')).toHaveLength(22);
  });
  it('a set-26 result needs an acknowledgement and warns in both languages; set 21 does not', () => {
    expect(needsSheetAcknowledgement(getRubricSheet('148', 26))).toBe(true);
    expect(sheetWarningOf(getRubricSheet('148', 26))?.messageVi).toContain('chưa kiểm chứng');
    expect(sheetWarningOf(getRubricSheet('148', 12))?.status).toBe('provisional');
    expect(sheetWarningOf(getRubricSheet('148', 21))).toBeNull();
  });
  it('an imported sheet without a status reads as unverified; a corrected one may say verified', () => {
    const { verification: _v, ...withoutStatus } = getRubricSheet('148', 26);
    expect(sheetVerificationOf(withoutStatus as Parameters<typeof sheetVerificationOf>[0]).status).toBe(
      'unverified',
    );
    const corrected = {
      ...RUBRIC_148,
      id: '148-r2',
      sheets: [
        {
          ...getRubricSheet('148', 26),
          verification: {
            status: 'verified',
            noteVi: 'Đã đối chiếu Công báo số 301+302.',
            noteEn: 'Checked against gazette 301+302.',
          },
        },
      ],
    };
    const parsed = parseRubricImport(JSON.parse(JSON.stringify(corrected)));
    expect(parsed.version.sheets[0]!.verification?.status).toBe('verified');
  });
});
