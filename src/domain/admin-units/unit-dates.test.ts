import { describe, expect, it } from 'vitest';
import { dateInFileName, dayBefore, isInForce, isIsoDate, validityOverlaps } from './unit-dates';

describe('unit dates', () => {
  it('reads the release date from a reference file name', () => {
    expect(dateInFileName('/data/units-2025-07-01-two-tier.json')).toBe('2025-07-01');
    expect(dateInFileName('merge-2025-07-01-old-to-new.json')).toBe('2025-07-01');
    expect(dateInFileName('C:\\x\\units-2026-04-30-two-tier.json')).toBe('2026-04-30');
    expect(dateInFileName('units.json')).toBeUndefined();
    expect(dateInFileName('units-2025-02-30.json')).toBeUndefined();
  });

  it('knows real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-7-1')).toBe(false);
  });

  it('gives the day before a reform (across months and years)', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });

  it('treats validity bounds as inclusive', () => {
    const old = { validFrom: '2025-03-01', validTo: '2025-06-30' };
    expect(isInForce(old, '2025-06-30')).toBe(true);
    expect(isInForce(old, '2025-07-01')).toBe(false);
    expect(isInForce({ validFrom: '2025-07-01', validTo: null }, '2099-01-01')).toBe(true);
    expect(validityOverlaps(old, { validFrom: '2025-07-01', validTo: null })).toBe(false);
    expect(validityOverlaps(old, { validFrom: '2025-06-30', validTo: null })).toBe(true);
  });
});
