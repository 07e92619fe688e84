/**
 * Working days per dossier task (số ngày làm việc) that a province sets from a date on: one zod
 * schema pair per endpoint, shared by the server routes and the web forms.
 */
import { z } from 'zod';
import { QUEUE_TASKS } from '../domain/dossier/dossier-queue';

/** Working days for one task: 1–90, or null for no deadline. */
const WorkingDays = z.number().int().min(1).max(90).nullable();

export const DeadlineSettingsShape = z
  .object(
    Object.fromEntries(QUEUE_TASKS.map((task) => [task, WorkingDays])) as Record<
      (typeof QUEUE_TASKS)[number],
      typeof WorkingDays
    >,
  )
  .meta({ id: 'DossierDeadlineSettings' });

export const ProvinceParams = z.object({ provinceId: z.uuid() });
export type ProvinceParams = z.infer<typeof ProvinceParams>;

export const SetDossierDeadlinesInput = z
  .object({
    effectiveFrom: z.iso.date().describe('From this day on (ISO date) the counts apply'),
    settings: DeadlineSettingsShape.partial().refine((s) => Object.keys(s).length > 0, {
      message: 'Cần ít nhất một nhiệm vụ / at least one task',
    }),
  })
  .strict()
  .meta({ id: 'SetDossierDeadlinesInput' });
export type SetDossierDeadlinesInput = z.infer<typeof SetDossierDeadlinesInput>;

export const DossierDeadlinesOutput = z
  .object({
    provinceId: z.uuid(),
    defaults: DeadlineSettingsShape,
    /** The counts in force today for the province's communes. */
    inForce: DeadlineSettingsShape,
    overrides: z.array(
      z.object({
        effectiveFrom: z.iso.date(),
        settings: DeadlineSettingsShape.partial(),
        createdAt: z.string(),
      }),
    ),
    canManage: z.boolean(),
  })
  .meta({ id: 'DossierDeadlines' });
export type DossierDeadlinesOutput = z.infer<typeof DossierDeadlinesOutput>;
