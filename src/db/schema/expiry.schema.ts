import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema';
import { certificates } from './evaluation.schema';

/**
 * Thông báo hết hạn — one notice about one certificate (the expiry notice N days before the end
 * date, the notice that it has expired). The unique key makes the daily job idempotent: run twice
 * for the same day, or by two processes at once, it notifies once.
 */
export const certificateNotices = pgTable(
  'certificate_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    kind: text('kind', { enum: ['expiry-notice', 'expired'] }).notNull(),
    /** The notice period in force (days before the end date); 0 for `expired`. */
    noticeDays: integer('notice_days').notNull(),
    /** The day the job worked for. */
    asOf: date('as_of').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('certificate_notices_once_key').on(table.certificateId, table.kind),
    index('certificate_notices_as_of_idx').on(table.asOf),
  ],
);

/** Whether a person also gets an e-mail for a kind of notification (default: yes). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    /** A notification kind (`dossier.submitted`, `certificate.expiry-notice`…). */
    kind: text('kind').notNull(),
    isMailEnabled: boolean('is_mail_enabled').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.accountId, table.kind] })],
);
