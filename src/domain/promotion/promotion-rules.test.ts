import { describe, expect, it } from 'vitest';
import { assertResultsMayBeRecorded, eventPhase, isInsideVietnam, vietnamDate } from './promotion-rules';

const fair = { startsOn: '2026-09-10', endsOn: '2026-09-14' };

describe('eventPhase', () => {
  it.each([
    ['2026-09-09', 'upcoming'],
    ['2026-09-10', 'ongoing'],
    ['2026-09-14', 'ongoing'],
    ['2026-09-15', 'past'],
  ] as const)('on %s a fair of 10–14/09 is %s', (today, phase) => {
    expect(eventPhase(fair, today)).toBe(phase);
  });

  it('refuses results before the first day only', () => {
    expect(() => assertResultsMayBeRecorded(fair, '2026-09-09')).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
    expect(() => assertResultsMayBeRecorded(fair, '2026-09-10')).not.toThrow();
  });
});

describe('isInsideVietnam', () => {
  it.each([
    [21.0285, 105.8542, true], // Hà Nội
    [10.7769, 106.7009, true], // Thành phố Hồ Chí Minh
    [8.68, 106.6, true], // Côn Đảo
    [105.8542, 21.0285, false], // latitude and longitude swapped
    [-21.0285, 105.8542, false], // missing the northern hemisphere
    [48.8566, 2.3522, false], // Paris
  ])('(%f, %f) → %s', (latitude, longitude, expected) => {
    expect(isInsideVietnam(latitude, longitude)).toBe(expected);
  });
});

describe('vietnamDate', () => {
  it('turns the day at 17:00 UTC (midnight in Vietnam)', () => {
    expect(vietnamDate(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
    expect(vietnamDate(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });
});
