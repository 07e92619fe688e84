import { describe, expect, it } from 'vitest';
import { computeValidUntil } from './certificate-rules';
import {
  daysUntilExpiry,
  expiryNoticeDayOf,
  firstExpiredDayOf,
  hasLapsedOn,
  isExpiryNoticeDueOn,
  type ExpiryFacts,
} from './certificate-expiry';

const inForce = (validUntil: string): ExpiryFacts => ({
  validUntil,
  revokedOn: null,
  supersededOn: null,
  endedOn: null,
});

describe('expiry dates across month ends and leap years', () => {
  it.each([
    // issued, validUntil (36 months − 1 day), notice day (−30), first expired day
    ['2026-01-15', '2029-01-14', '2028-12-15', '2029-01-15'],
    ['2021-03-01', '2024-02-29', '2024-01-30', '2024-03-01'],
    ['2024-02-29', '2027-02-27', '2027-01-28', '2027-02-28'],
    ['2023-03-31', '2026-03-30', '2026-02-28', '2026-03-31'],
    ['2022-03-30', '2025-03-29', '2025-02-27', '2025-03-30'],
    ['2025-04-01', '2028-03-31', '2028-03-01', '2028-04-01'],
    ['2024-12-31', '2027-12-30', '2027-11-30', '2027-12-31'],
    ['2025-01-01', '2027-12-31', '2027-12-01', '2028-01-01'],
  ])('issued %s → valid until %s, notice from %s, expired from %s', (issued, until, notice, expired) => {
    expect(computeValidUntil(issued, 36)).toBe(until);
    expect(expiryNoticeDayOf(until, 30)).toBe(notice);
    expect(firstExpiredDayOf(until)).toBe(expired);
  });

  it('counts the notice period in calendar days through February of a leap year', () => {
    expect(expiryNoticeDayOf('2028-03-15', 30)).toBe('2028-02-14');
    expect(expiryNoticeDayOf('2027-03-15', 30)).toBe('2027-02-13');
    expect(daysUntilExpiry('2028-03-15', '2028-02-14')).toBe(30);
    expect(daysUntilExpiry('2027-03-15', '2027-02-13')).toBe(30);
  });
});

describe('when the notice is due and when a certificate has lapsed', () => {
  const facts = inForce('2027-03-31');
  it.each([
    ['2027-02-28', false, false],
    ['2027-03-01', true, false],
    ['2027-03-31', true, false],
    ['2027-04-01', false, true],
    ['2028-01-01', false, true],
  ])('on %s: notice due %s, lapsed %s', (today, isDue, isLapsed) => {
    expect(isExpiryNoticeDueOn(facts, today, 30)).toBe(isDue);
    expect(hasLapsedOn(facts, today)).toBe(isLapsed);
  });

  it('a province with a longer notice period tells producers earlier', () => {
    expect(isExpiryNoticeDueOn(facts, '2027-01-30', 60)).toBe(true);
    expect(isExpiryNoticeDueOn(facts, '2027-01-30', 30)).toBe(false);
  });

  it('a revoked, replaced or ended certificate gets neither the notice nor the expiry', () => {
    for (const ended of [
      { ...facts, revokedOn: '2027-01-10' },
      { ...facts, supersededOn: '2027-02-01' },
      { ...facts, endedOn: '2027-02-15' },
    ]) {
      expect(isExpiryNoticeDueOn(ended, '2027-03-10', 30)).toBe(false);
      expect(hasLapsedOn(ended, '2027-04-10')).toBe(false);
    }
  });
});
