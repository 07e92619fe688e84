import { describe, expect, it } from 'vitest';
import { findNulCharacter, INT32_MAX, int32, positiveInt32, queryInt32 } from './shared.contracts';

describe('findNulCharacter', () => {
  it.each([
    ['a top-level field', { username: 'a\u0000b' }, ['username']],
    [
      'a nested field',
      { details: { story: 'x', pointsOfSale: [{ name: 'ok' }, { name: '\u0000' }] } },
      ['details', 'pointsOfSale', '1', 'name'],
    ],
    ['an object key', { answers: { 'A.1\u0000': { note: 'x' } } }, ['answers', 'A.1\\u0000']],
    ['a bare string', 'x\u0000', []],
  ])('finds it in %s', (_name, input, path) => {
    expect(findNulCharacter(input)).toEqual(path);
  });

  it('finds nothing in clean input of any shape', () => {
    expect(
      findNulCharacter({ a: 'Mắm tôm', b: [1, null, true, { c: '\\u0000 typed as text' }] }),
    ).toBeUndefined();
    expect(findNulCharacter(undefined)).toBeUndefined();
    expect(findNulCharacter(new Uint8Array([0, 0]))).toBeUndefined();
  });
});

describe('integers bounded by a PostgreSQL integer column', () => {
  it('accept up to 2,147,483,647 and refuse one more', () => {
    expect(int32().safeParse(INT32_MAX).success).toBe(true);
    expect(int32().safeParse(INT32_MAX + 1).success).toBe(false);
    expect(int32().safeParse(-INT32_MAX - 2).success).toBe(false);
    expect(positiveInt32().safeParse(INT32_MAX + 1).success).toBe(false);
    expect(positiveInt32().safeParse(0).success).toBe(false);
    expect(queryInt32().safeParse('2147483647').data).toBe(INT32_MAX);
    expect(queryInt32().safeParse('2147483648').success).toBe(false);
    expect(queryInt32().safeParse('1e400').success).toBe(false);
  });
});
