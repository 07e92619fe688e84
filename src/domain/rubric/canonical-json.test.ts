import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonical JSON of a rubric sheet', () => {
  it.each([
    [{ b: 1, a: [2, { d: 'x', c: null }] }, '{"a":[2,{"c":null,"d":"x"}],"b":1}'],
    [{ a: undefined, b: 'đ' }, '{"b":"đ"}'],
    [[undefined, 1.5], '[null,1.5]'],
    ['text "quoted"', '"text \\"quoted\\""'],
  ])('%j reads as %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('is the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: { p: 2, q: 3 } })).toBe(canonicalJson({ y: { q: 3, p: 2 }, x: 1 }));
  });

  it('reads back as the same value', () => {
    const value = { setNumber: 7, parts: [{ code: 'A', maxPoints: 40, groups: [] }], decisions: [] };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});
