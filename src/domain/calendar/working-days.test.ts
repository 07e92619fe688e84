import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveWorkingDayCalendar, type WorkingDayCalendarInput } from './working-day-calendar';
import { addDays, addWorkingDays, countWorkingDaysBetween, isWorkingDay, vietnamDate } from './working-days';

const daysOff = new Set(['2026-01-01', '2026-04-30', '2026-05-01', '2026-09-02']);
/** 2026: 30/4 and 1/5 off, Saturday 09/05 worked in lieu of them (ngày làm việc bù). */
const swapped = resolveWorkingDayCalendar([
  { date: '2026-04-30', kind: 'day-off', level: 'national' },
  { date: '2026-05-01', kind: 'day-off', level: 'national' },
  { date: '2026-05-09', kind: 'working-day', level: 'national' },
]);

describe('isWorkingDay', () => {
  it.each<[string, string, WorkingDayCalendarInput, boolean]>([
    ['a plain Wednesday', '2026-04-29', [], true],
    ['a Saturday', '2026-05-02', [], false],
    ['a Sunday', '2026-05-03', [], false],
    ['a weekday holiday', '2026-04-30', daysOff, false],
    ['a Saturday worked in lieu', '2026-05-09', swapped, true],
    ['the same Saturday without the swap', '2026-05-09', daysOff, false],
  ])('%s (%s) → %s', (_label, date, calendar, expected) =>
    expect(isWorkingDay(date, calendar)).toBe(expected),
  );
});

describe('addWorkingDays', () => {
  it.each<[string, string, number, WorkingDayCalendarInput, string]>([
    ['Friday + 1 skips the weekend', '2026-04-24', 1, [], '2026-04-27'],
    ['0 days is the date itself', '2026-04-29', 0, daysOff, '2026-04-29'],
    ['a holiday is skipped', '2026-09-01', 1, daysOff, '2026-09-03'],
    ['two holidays then a weekend', '2026-04-29', 1, daysOff, '2026-05-04'],
    ['a working Saturday counts', '2026-05-08', 1, swapped, '2026-05-09'],
    ['a full week from Monday', '2026-04-20', 5, daysOff, '2026-04-27'],
    ['across the year boundary, New Year off', '2025-12-31', 1, daysOff, '2026-01-02'],
    ['from a Saturday', '2026-05-02', 1, [], '2026-05-04'],
  ])('%s: %s + %d = %s', (_label, date, n, calendar, expected) =>
    expect(addWorkingDays(date, n, calendar)).toBe(expected),
  );

  it('rejects an impossible date', () =>
    expect(() => addWorkingDays('2026-02-30', 1, daysOff)).toThrow(/Invalid date/));

  it('property: the result is a working day, exactly n working days later', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 30 }),
        (day, n) => {
          const start = day.toISOString().slice(0, 10);
          const end = addWorkingDays(start, n, swapped);
          return isWorkingDay(end, swapped) && countWorkingDaysBetween(start, end, swapped) === n;
        },
      ),
    );
  });
});

describe('countWorkingDaysBetween', () => {
  it.each<[string, string, string, WorkingDayCalendarInput, number]>([
    ['Friday to Monday', '2026-04-24', '2026-04-27', [], 1],
    ['the same day', '2026-04-27', '2026-04-27', [], 0],
    ['backwards', '2026-04-27', '2026-04-24', [], 0],
    ['over 30/4 and 1/5', '2026-04-29', '2026-05-04', daysOff, 1],
    ['over 30/4 and 1/5 with the Saturday swap', '2026-04-29', '2026-05-11', swapped, 7],
    ['across the year boundary', '2025-12-29', '2026-01-05', daysOff, 4],
  ])('%s: (%s, %s] → %d', (_label, from, to, calendar, expected) =>
    expect(countWorkingDaysBetween(from, to, calendar)).toBe(expected),
  );
});

describe('dates in Vietnam (UTC+7)', () => {
  it.each([
    ['midnight in Hà Nội is 17:00 UTC the day before', '2026-01-04T17:00:00Z', '2026-01-05'],
    ['one minute earlier is still the day before', '2026-01-04T16:59:00Z', '2026-01-04'],
    ['midnight UTC is 07:00 the same day', '2026-01-05T00:00:00Z', '2026-01-05'],
    ['New Year arrives in Vietnam 7 hours before UTC', '2025-12-31T17:30:00Z', '2026-01-01'],
  ])('%s', (_label, instant, expected) => expect(vietnamDate(new Date(instant))).toBe(expected));

  it('addDays crosses months and years and goes back', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
