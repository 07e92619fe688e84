/**
 * Working-day arithmetic (ngày làm việc): weekends (Saturday, Sunday) and a configurable holiday
 * calendar are skipped, working days in lieu are counted (`domain/calendar/working-day-calendar`). Dates are ISO `YYYY-MM-DD` strings, computed in UTC so no time zone can
 * shift a day. Pure.
 */
import {
  isWorkingDate,
  toWorkingDayCalendar,
  type WorkingDayCalendarInput,
} from '../calendar/working-day-calendar';
import { DomainError } from '../errors';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(date: string): Date {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!ISO_DATE.test(date) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw new DomainError('VALIDATION_FAILED', `Ngày không hợp lệ: ${date}.`, `Invalid date: ${date}.`);
  return parsed;
}

const format = (d: Date): string => d.toISOString().slice(0, 10);

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

/** True on Monday–Friday that is not a day off, and on a working day in lieu (`isWorkingDate`). */
export function isWorkingDay(date: string, holidays: WorkingDayCalendarInput): boolean {
  parse(date);
  return isWorkingDate(date, holidays);
}

/** The date `n` working days after `date` (n ≥ 0; n = 0 gives `date` itself). */
export function addWorkingDays(date: string, n: number, calendar: WorkingDayCalendarInput): string {
  const holidays = toWorkingDayCalendar(calendar);
  let current = date;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, holidays)) left -= 1;
  }
  return current;
}

/** Working days in (from, to] — 0 when `to` ≤ `from`. */
export function countWorkingDaysBetween(from: string, to: string, calendar: WorkingDayCalendarInput): number {
  const holidays = toWorkingDayCalendar(calendar);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) count += 1;
  return count;
}

export interface MeetingDateCheck {
  isAllowed: boolean;
  earliestDate: string;
  workingDaysBetween: number;
  requiredWorkingDays: number;
  messageVi: string;
  messageEn: string;
}

/**
 * The dossiers reach members at `distributedOn`; the meeting may be held from the date that lies
 * `requiredWorkingDays` working days later (OCOP.md §6: at least 1 working day before).
 */
export function checkMeetingDate(input: {
  distributedOn: string;
  meetingOn: string;
  requiredWorkingDays: number;
  holidays: WorkingDayCalendarInput;
}): MeetingDateCheck {
  const earliestDate = addWorkingDays(input.distributedOn, input.requiredWorkingDays, input.holidays);
  const workingDaysBetween = countWorkingDaysBetween(input.distributedOn, input.meetingOn, input.holidays);
  const isAllowed = input.meetingOn >= earliestDate;
  return {
    isAllowed,
    earliestDate,
    workingDaysBetween,
    requiredWorkingDays: input.requiredWorkingDays,
    messageVi: isAllowed
      ? `Ngày họp ${input.meetingOn} cách ngày gửi hồ sơ ${workingDaysBetween} ngày làm việc.`
      : `Ngày họp ${input.meetingOn} quá sớm: hồ sơ phải gửi trước ít nhất ${input.requiredWorkingDays} ngày làm việc (sớm nhất ${earliestDate}).`,
    messageEn: isAllowed
      ? `Meeting on ${input.meetingOn}, ${workingDaysBetween} working days after distribution.`
      : `Meeting on ${input.meetingOn} is too early: dossiers must reach members ${input.requiredWorkingDays} working day(s) before (earliest ${earliestDate}).`,
  };
}
