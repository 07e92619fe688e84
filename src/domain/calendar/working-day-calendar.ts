/**
 * Lịch làm việc — which dates are working days for one province: Monday to Friday, minus the
 * days off of the calendar (ngày nghỉ), plus the working days in lieu (ngày làm việc bù: a
 * Saturday the Government swaps with a weekday, or a national day off a province keeps working).
 * Pure: the entries come from the stored calendar, resolved once, then asked date by date;
 * counting over them (add, between, Vietnam dates) is `working-days.ts`.
 */

/** The two kinds of calendar entry. */
export const CALENDAR_DAY_KINDS = ['day-off', 'working-day'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** One live entry of the stored calendar, as the resolution needs it. */
export interface CalendarEntry {
  date: string;
  kind: CalendarDayKind;
  /** `national`: applies everywhere; `province`: the province's own, which wins for that province. */
  level: 'national' | 'province';
}

/** The resolved exceptions to "Monday–Friday": dates off and dates worked, never both. */
export interface WorkingDayCalendar {
  readonly daysOff: ReadonlySet<string>;
  readonly workingDays: ReadonlySet<string>;
}

/**
 * What working-day arithmetic accepts: a resolved calendar, or (older callers and tests) the set
 * of days off alone.
 */
export type WorkingDayCalendarInput = WorkingDayCalendar | ReadonlySet<string> | readonly string[];

export const EMPTY_WORKING_DAY_CALENDAR: WorkingDayCalendar = { daysOff: new Set(), workingDays: new Set() };

/**
 * Resolves the entries of one province (its own and the national ones) date by date:
 * a province entry wins over a national entry of the same date; at the same level a working day
 * wins over a day off.
 */
export function resolveWorkingDayCalendar(entries: readonly CalendarEntry[]): WorkingDayCalendar {
  const byDate = new Map<string, CalendarEntry[]>();
  for (const entry of entries) byDate.set(entry.date, [...(byDate.get(entry.date) ?? []), entry]);
  const daysOff = new Set<string>();
  const workingDays = new Set<string>();
  for (const [date, sameDate] of byDate) {
    const province = sameDate.filter((entry) => entry.level === 'province');
    const deciding = province.length > 0 ? province : sameDate;
    if (deciding.some((entry) => entry.kind === 'working-day')) workingDays.add(date);
    else daysOff.add(date);
  }
  return { daysOff, workingDays };
}

/** The resolved calendar of any accepted input (convert once before counting many days). */
export function toWorkingDayCalendar(input: WorkingDayCalendarInput): WorkingDayCalendar {
  if ('daysOff' in input) return input;
  return {
    daysOff: input instanceof Set ? input : new Set(input),
    workingDays: EMPTY_WORKING_DAY_CALENDAR.workingDays,
  };
}

/** True on Saturday and Sunday (ISO date, UTC). */
export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * THE working-day test of the platform — both the council meeting notice and the dossier task
 * deadlines count with it: a working day in lieu is worked, a day off is not, otherwise
 * Monday–Friday. `date` must be a valid ISO date (callers parse first).
 */
export function isWorkingDate(date: string, calendar: WorkingDayCalendarInput): boolean {
  const resolved = toWorkingDayCalendar(calendar);
  if (resolved.workingDays.has(date)) return true;
  if (resolved.daysOff.has(date)) return false;
  return !isWeekend(date);
}
