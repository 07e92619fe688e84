import { describe, expect, it } from 'vitest';
import { decimalToText, formatDecimal, parseDecimal } from './parse-decimal';

describe('parseDecimal', () => {
  it.each([
    ['0,5', 0.5],
    ['0.5', 0.5],
    ['2,75', 2.75],
    ['2.75', 2.75],
    ['6,5', 6.5],
    [',5', 0.5],
    ['5,', 5],
    ['12', 12],
    ['0', 0],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['  3,2  ', 3.2],
    ['0,000001', 0.000001],
    ['1.234', 1.234],
  ])('reads %j as %d', (text, expected) => {
    expect(parseDecimal(text)).toEqual({ kind: 'number', value: expected });
  });

  it.each([
    'abc',
    '1e5',
    '1..2',
    '1,,2',
    '1.2.3',
    '1.23.456',
    '1,234.5.6',
    '1.234,5,6',
    '0x10',
    '5 ha',
    '-',
    ',',
    '.',
    '1,2,3',
    '--1',
    'Infinity',
    'NaN',
  ])('refuses %j', (text) => {
    expect(parseDecimal(text)).toEqual({ kind: 'invalid', reason: 'not-a-number' });
  });

  it('answers empty for nothing typed', () => {
    expect(parseDecimal('')).toEqual({ kind: 'empty' });
    expect(parseDecimal('   ')).toEqual({ kind: 'empty' });
  });

  it('refuses a negative number unless allowed', () => {
    expect(parseDecimal('-0,5')).toEqual({ kind: 'invalid', reason: 'not-a-number' });
    expect(parseDecimal('-0,5', { allowNegative: true })).toEqual({ kind: 'number', value: -0.5 });
    expect(parseDecimal('+2', {})).toEqual({ kind: 'number', value: 2 });
  });

  it('reads whole-number fields: thousands marks group, a fraction is refused', () => {
    expect(parseDecimal('1.000', { isWhole: true })).toEqual({ kind: 'number', value: 1000 });
    expect(parseDecimal('1,000', { isWhole: true })).toEqual({ kind: 'number', value: 1000 });
    expect(parseDecimal('10 000', { isWhole: true })).toEqual({ kind: 'number', value: 10000 });
    expect(parseDecimal('25', { isWhole: true })).toEqual({ kind: 'number', value: 25 });
    expect(parseDecimal('5,0', { isWhole: true })).toEqual({ kind: 'number', value: 5 });
    expect(parseDecimal('0,5', { isWhole: true })).toEqual({ kind: 'invalid', reason: 'not-whole' });
    expect(parseDecimal('2.5', { isWhole: true })).toEqual({ kind: 'invalid', reason: 'not-whole' });
    expect(parseDecimal('1.00', { isWhole: true })).toEqual({ kind: 'number', value: 1 });
  });

  it('keeps every digit: what is shown is what was typed', () => {
    for (const text of ['0,5', '2,75', '1.234,5', '0,125', '99,99']) {
      const parsed = parseDecimal(text);
      expect(parsed.kind).toBe('number');
      if (parsed.kind === 'number') expect(formatDecimal(parsed.value, 'vi')).toBe(text);
    }
  });
});

describe('formatDecimal and decimalToText', () => {
  it('writes Vietnamese with a decimal comma, English with a decimal point', () => {
    expect(formatDecimal(0.5, 'vi')).toBe('0,5');
    expect(formatDecimal(1234.5, 'vi')).toBe('1.234,5');
    expect(formatDecimal(1234.5, 'en')).toBe('1,234.5');
    expect(decimalToText(6.5, 'vi')).toBe('6,5');
    expect(decimalToText(6.5, 'en')).toBe('6.5');
    expect(decimalToText('', 'vi')).toBe('');
    expect(decimalToText(null, 'vi')).toBe('');
  });

  it('round-trips a stored value through the text a field starts with', () => {
    for (const value of [0, 0.5, 2.75, 1234.5, 1000000, 0.001]) {
      expect(parseDecimal(decimalToText(value, 'vi'))).toEqual({ kind: 'number', value });
      expect(parseDecimal(decimalToText(value, 'en'))).toEqual({ kind: 'number', value });
    }
  });
});
