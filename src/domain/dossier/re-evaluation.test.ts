import { describe, expect, it } from 'vitest';
import { checkReEvaluationWindow, reEvaluationOpensOn } from './re-evaluation';

describe('re-evaluation window', () => {
  it.each([
    ['2026-01-14', 30, '2025-12-15'],
    ['2028-03-01', 1, '2028-02-29'],
    ['2027-03-01', 1, '2027-02-28'],
    ['2026-06-30', 180, '2026-01-01'],
  ])('a certificate ending %s opens %i days before, on %s', (validUntil, days, opensOn) => {
    expect(reEvaluationOpensOn(validUntil, days)).toBe(opensOn);
  });

  it.each([
    [undefined, '2026-05-01', { isOpen: false, reason: 'no-certificate' }],
    [
      { validUntil: '2026-12-31' },
      '2026-07-03',
      { isOpen: false, reason: 'too-early', opensOn: '2026-07-04' },
    ],
    [{ validUntil: '2026-12-31' }, '2026-07-04', { isOpen: true }],
    [{ validUntil: '2026-12-31' }, '2026-12-31', { isOpen: true }],
  ])('held %o on %s → %o', (held, today, expected) => {
    expect(checkReEvaluationWindow({ held, today, windowDays: 180 })).toEqual(expected);
  });
});
