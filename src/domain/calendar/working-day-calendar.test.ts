import { describe, expect, it } from 'vitest';
import { deadlineOf } from '../dossier/dossier-queue';
import { checkMeetingDate } from '../evaluation/meeting-date-check';
import { isWorkingDate, resolveWorkingDayCalendar, type CalendarEntry } from './working-day-calendar';
import { addWorkingDays } from './working-days';

const national = (date: string, kind: CalendarEntry['kind']): CalendarEntry => ({
  date,
  kind,
  level: 'national',
});
const province = (date: string, kind: CalendarEntry['kind']): CalendarEntry => ({
  date,
  kind,
  level: 'province',
});

describe('working-day calendar: days off and working days in lieu (ngày làm việc bù)', () => {
  it.each([
    ['a plain Monday', [], '2026-06-01', true],
    ['a plain Saturday', [], '2026-06-06', false],
    ['a national day off', [national('2026-09-02', 'day-off')], '2026-09-02', false],
    ['a national working Saturday', [national('2026-06-06', 'working-day')], '2026-06-06', true],
    [
      'a province working day on a national day off (province wins)',
      [national('2026-09-02', 'day-off'), province('2026-09-02', 'working-day')],
      '2026-09-02',
      true,
    ],
    [
      'a province day off on a national working Saturday (province wins)',
      [national('2026-06-06', 'working-day'), province('2026-06-06', 'day-off')],
      '2026-06-06',
      false,
    ],
    [
      'a working day and a day off at the same level (working day wins)',
      [national('2026-06-06', 'day-off'), national('2026-06-06', 'working-day')],
      '2026-06-06',
      true,
    ],
    [
      'both at province level (working day wins)',
      [
        province('2026-06-08', 'working-day'),
        province('2026-06-08', 'day-off'),
        national('2026-06-08', 'day-off'),
      ],
      '2026-06-08',
      true,
    ],
  ] as const)('%s', (_label, entries, date, expected) => {
    expect(isWorkingDate(date, resolveWorkingDayCalendar(entries))).toBe(expected);
  });

  it('both deadlines count a working Saturday: the meeting notice and the dossier task due date', () => {
    // Friday 05/06/2026 + 1 working day: Monday 08/06 normally, Saturday 06/06 when it is worked in lieu.
    const swapped = resolveWorkingDayCalendar([national('2026-06-06', 'working-day')]);
    expect(addWorkingDays('2026-06-05', 1, new Set())).toBe('2026-06-08');
    expect(addWorkingDays('2026-06-05', 1, swapped)).toBe('2026-06-06');
    expect(
      checkMeetingDate({
        distributedOn: '2026-06-05',
        meetingOn: '2026-06-06',
        requiredWorkingDays: 1,
        holidays: swapped,
      }).isAllowed,
    ).toBe(true);
    // a dossier forwarded on Friday is due 3 working days later: Wednesday, or Tuesday with the Saturday worked
    const forwarded = { status: 'commune_assessed', since: new Date('2026-06-05T09:00:00Z') } as const;
    expect(deadlineOf({ ...forwarded, now: forwarded.since, holidays: swapped })?.dueOn).toBe('2026-06-09');
    expect(deadlineOf({ ...forwarded, now: forwarded.since, holidays: [] })?.dueOn).toBe('2026-06-10');
  });
});
