/**
 * Working-day arithmetic (ngày làm việc) — the one implementation of the platform: council meeting
 * notices, dossier task deadlines and certificate dates all count with it. Dates are ISO
 * `YYYY-MM-DD` calendar dates as Vietnam reads them (UTC+7 all year, no daylight saving); an
 * instant is turned into such a date with {@link vietnamDate} first. Which dates are worked comes
 * from the calendar passed in as data (`isWorkingDate`: Monday–Friday, minus the days off, plus
 * the working days in lieu). Pure.
 */
import { DomainError } from '../errors';
import { isWorkingDate, toWorkingDayCalendar, type WorkingDayCalendarInput } from './working-day-calendar';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar date in Vietnam at `instant`, `YYYY-MM-DD` (a moment after 17:00 UTC is the next day). */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight UTC of an ISO date; throws `VALIDATION_FAILED` for anything but a real `YYYY-MM-DD` date. */
function parseIsoDate(date: string): Date {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!ISO_DATE.test(date) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw new DomainError('VALIDATION_FAILED', `Ngày không hợp lệ: ${date}.`, `Invalid date: ${date}.`);
  return parsed;
}

/** `date` plus `days` calendar days (negative goes back). Throws `VALIDATION_FAILED` for an invalid date. */
export function addDays(date: string, days: number): string {
  const parsed = parseIsoDate(date);
  parsed.setUTCDate(parsed.getUTCDate() + days);
  return parsed.toISOString().slice(0, 10);
}

/** True when `date` is worked under `calendar`. Throws `VALIDATION_FAILED` for an invalid date. */
export function isWorkingDay(date: string, calendar: WorkingDayCalendarInput): boolean {
  parseIsoDate(date);
  return isWorkingDate(date, calendar);
}

/**
 * The date `n` working days after `date` (n ≥ 0; n = 0 gives `date` itself). Invariant: for n > 0
 * the result is a working day and exactly n working days lie in (date, result].
 */
export function addWorkingDays(date: string, n: number, calendar: WorkingDayCalendarInput): string {
  const resolved = toWorkingDayCalendar(calendar);
  let current = date;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDate(current, resolved)) left -= 1;
  }
  return current;
}

/** Working days in (from, to] — 0 when `to` ≤ `from`. */
export function countWorkingDaysBetween(from: string, to: string, calendar: WorkingDayCalendarInput): number {
  const resolved = toWorkingDayCalendar(calendar);
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1))
    if (isWorkingDate(date, resolved)) count += 1;
  return count;
}
