import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, spreadsheetSafe, toCsv } from './spreadsheet-cell';

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
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes RFC 4180 CSV that a CSV reader reads back to the neutralised text', () => {
    const csv = toCsv(['name', 'stars'] as const, [
      { name: '=HYPERLINK("http://evil.example","x")', stars: 4 },
      { name: 'Trà, sen\r\n"Hoà Lạc"', stars: -1 },
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv, { columns: true })).toEqual([
      { name: `'=HYPERLINK("http://evil.example","x")`, stars: '4' },
      { name: 'Trà, sen\r\n"Hoà Lạc"', stars: '-1' },
    ]);
  });
});
