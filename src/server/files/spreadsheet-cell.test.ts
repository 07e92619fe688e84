import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRecords, spreadsheetSafe, toCsv } from './spreadsheet-cell';

describe('spreadsheet cells never run as formulas', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Bấm vào đây")', `'=HYPERLINK("http://evil.example","Bấm vào đây")`],
    ['+84 912 345 678', `'+84 912 345 678`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('text %j gets a leading apostrophe', (typed, written) => {
    expect(spreadsheetSafe(typed)).toBe(written);
  });

  it.each([['Mắm tôm Hòa Bình'], ['a=b'], ['3 sao'], ["'quoted"], ['']])(
    'ordinary text %j stays as typed',
    (typed) => {
      expect(spreadsheetSafe(typed)).toBe(typed);
    },
  );

  it('keeps numbers (negative ones too), booleans and empty cells as they are', () => {
    expect(spreadsheetSafe(-5)).toBe(-5);
    expect(spreadsheetSafe(4)).toBe(4);
    expect(spreadsheetSafe(true)).toBe(true);
    expect(spreadsheetSafe(null)).toBeNull();
    expect(csvRecords([[-5, undefined, true, null, 0]])).toBe('-5,,true,,0\r\n');
  });

  it('writes RFC 4180 CSV that a CSV reader reads back to the neutralised text', () => {
    const csv = toCsv(['name', 'stars'] as const, [
      { name: '=HYPERLINK("http://evil.example","x")', stars: 4 },
      { name: 'Trà, sen\r\n"Hoà Lạc"', stars: -1 },
      { name: 'a lone\nline feed', stars: null },
    ]);
    expect(csv).toBe(
      'name,stars\r\n' +
        `"'=HYPERLINK(""http://evil.example"",""x"")",4\r\n` +
        '"Trà, sen\r\n""Hoà Lạc""",-1\r\n' +
        '"a lone\nline feed",\r\n',
    );
    expect(parse(csv, { columns: true })).toEqual([
      { name: `'=HYPERLINK("http://evil.example","x")`, stars: '4' },
      { name: 'Trà, sen\r\n"Hoà Lạc"', stars: '-1' },
      { name: 'a lone\nline feed', stars: '' },
    ]);
  });
});
