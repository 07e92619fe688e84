/**
 * Holiday calendar (lịch ngày nghỉ, with working days in lieu) of working-day rules: one zod schema pair per endpoint, shared
 * by the server routes and the web forms.
 */
import { z } from 'zod';
import { CALENDAR_DAY_KINDS } from '../domain/calendar/working-day-calendar';

/** `day-off` (ngày nghỉ) or `working-day` (ngày làm việc bù). */
export const CalendarDayKind = z.enum(CALENDAR_DAY_KINDS);

export const ListHolidaysQuery = z.object({
  unitId: z.uuid().optional().describe('A province: its own days are listed with the national ones'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ListHolidaysQuery = z.infer<typeof ListHolidaysQuery>;

export const HolidayOutput = z
  .object({
    id: z.uuid(),
    unitId: z.uuid().nullable().describe('Null for a national day'),
    unitName: z.string().nullable(),
    date: z.iso.date(),
    kind: CalendarDayKind,
    nameVi: z.string(),
    nameEn: z.string(),
    source: z.enum(['built-in', 'manual']),
    isProvisional: z.boolean(),
    canDelete: z.boolean(),
  })
  .meta({ id: 'Holiday' });
export type HolidayOutput = z.infer<typeof HolidayOutput>;

export const ListHolidaysOutput = z.object({ items: z.array(HolidayOutput), canManageNational: z.boolean() });
export type ListHolidaysOutput = z.infer<typeof ListHolidaysOutput>;

export const CreateHolidayInput = z
  .object({
    unitId: z.uuid().nullable().describe('Null for the whole nation; otherwise a province'),
    date: z.iso.date(),
    kind: CalendarDayKind.default('day-off').describe(
      'A working day in lieu must fall on a day that is not a working day yet',
    ),
    nameVi: z.string().trim().min(2).max(200),
    nameEn: z.string().trim().max(200).optional(),
  })
  .meta({ id: 'CreateHolidayInput' });
export type CreateHolidayInput = z.infer<typeof CreateHolidayInput>;
