import { describe, expect, it } from 'vitest';
import { checkMeetingDate } from '../evaluation/meeting-date-check';
import { addWorkingDays } from './working-days';
import { VIETNAM_PUBLIC_HOLIDAYS_2025_2027 } from './vietnam-holidays';

const dates = VIETNAM_PUBLIC_HOLIDAYS_2025_2027.map((h) => h.date);
const holidays = new Set(dates);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('built-in public holidays 2025–2027', () => {
  it('lists real, distinct, ordered dates', () => {
    for (const date of dates) expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });

  it.each([
    ['2025', '2025-01-29', '2025-04-07'],
    ['2026', '2026-02-17', '2026-04-26'],
    ['2027', '2027-02-06', '2027-04-16'],
  ])('%s: Tết (1/1 âm lịch) and Hùng Kings (10/3 âm lịch), plus the fixed days', (year, tet, hungKings) => {
    expect(VIETNAM_PUBLIC_HOLIDAYS_2025_2027.find((h) => h.date === tet)?.nameVi).toBe(
      'Tết Nguyên đán (mùng 1)',
    );
    expect(VIETNAM_PUBLIC_HOLIDAYS_2025_2027.find((h) => h.date === hungKings)?.nameVi).toContain(
      'Giỗ Tổ Hùng Vương',
    );
    for (const fixed of ['01-01', '04-30', '05-01', '09-02']) expect(dates).toContain(`${year}-${fixed}`);
    const tetDays = VIETNAM_PUBLIC_HOLIDAYS_2025_2027.filter(
      (h) => h.date.startsWith(year) && h.nameVi.startsWith('Tết Nguyên đán'),
    );
    expect(
      tetDays.filter((h) => weekday(h.date) !== 0 && weekday(h.date) !== 6).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('gives a compensatory day when a holiday falls on a weekend', () => {
    expect(weekday('2026-04-26')).toBe(0);
    expect(dates).toContain('2026-04-27');
    expect(weekday('2027-05-01')).toBe(6);
    expect(dates).toContain('2027-05-03');
  });

  it('makes working-day arithmetic skip Tết: dossiers sent on Friday 13/02/2026 reach a meeting from 23/02', () => {
    expect(addWorkingDays('2026-02-13', 1, holidays)).toBe('2026-02-23');
    expect(
      checkMeetingDate({
        distributedOn: '2026-02-13',
        meetingOn: '2026-02-20',
        requiredWorkingDays: 1,
        holidays,
      }).isAllowed,
    ).toBe(false);
    expect(
      checkMeetingDate({
        distributedOn: '2026-02-13',
        meetingOn: '2026-02-23',
        requiredWorkingDays: 1,
        holidays,
      }).isAllowed,
    ).toBe(true);
  });
});
