import type { ListMailPreferencesOutput } from '../../../contracts/notifications.contracts';
import type { Database } from '../../../db/database';
import { listMailOffKinds } from '../../../db/repositories/notification-preferences.repository';
import {
  NOTIFICATION_MAIL_KIND_LABELS,
  NOTIFICATION_MAIL_KINDS,
} from '../../../domain/notifications/notification-kinds';

/** Every mail kind with the person's choice (on unless turned off). */
export async function listMailPreferences(
  db: Database,
  accountId: string,
): Promise<ListMailPreferencesOutput> {
  const off = await listMailOffKinds(db, accountId);
  return {
    items: NOTIFICATION_MAIL_KINDS.map((kind) => ({
      kind,
      labelVi: NOTIFICATION_MAIL_KIND_LABELS[kind].vi,
      labelEn: NOTIFICATION_MAIL_KIND_LABELS[kind].en,
      isMailEnabled: !off.has(kind),
    })),
  };
}
