/**
 * Holiday calendar (lịch ngày nghỉ) of working-day rules: one zod schema pair per endpoint, shared
 * by the server routes and the web forms.
 */
import { z } from 'zod';

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
    nameVi: z.string().trim().min(2).max(200),
    nameEn: z.string().trim().max(200).optional(),
  })
  .meta({ id: 'CreateHolidayInput' });
export type CreateHolidayInput = z.infer<typeof CreateHolidayInput>;
