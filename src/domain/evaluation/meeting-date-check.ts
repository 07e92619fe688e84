/**
 * The meeting notice rule (OCOP.md §6): the dossiers reach the council members at least a number
 * of working days before the meeting. Pure; counts with `domain/calendar/working-days`.
 */
import type { WorkingDayCalendarInput } from '../calendar/working-day-calendar';
import { addWorkingDays, countWorkingDaysBetween } from '../calendar/working-days';

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
