import { z } from 'zod';
import { NOTIFICATION_MAIL_KINDS } from '../domain/notifications/notification-kinds';

/** One kind of notification and whether the signed-in person also gets it by e-mail. */
export const MailPreferenceOutput = z.object({
  kind: z.enum(NOTIFICATION_MAIL_KINDS),
  labelVi: z.string(),
  labelEn: z.string(),
  isMailEnabled: z.boolean(),
});

export const ListMailPreferencesOutput = z
  .object({ items: z.array(MailPreferenceOutput) })
  .meta({ id: 'MailPreferences' });
export type ListMailPreferencesOutput = z.infer<typeof ListMailPreferencesOutput>;

export const SetMailPreferenceInput = z.object({
  kind: z.enum(NOTIFICATION_MAIL_KINDS),
  isMailEnabled: z.boolean(),
});
export type SetMailPreferenceInput = z.infer<typeof SetMailPreferenceInput>;
