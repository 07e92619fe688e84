import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { adminUnits } from './admin-units.schema';

/**
 * Every e-mail the platform sends, kept as the outbox: sent through SMTP when a server is
 * configured (`status` sent/failed), otherwise left `not_sent` for an administrator to read and
 * pass on. `unitId` is the unit the mail concerns (who may read it); null for national mail.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    unitId: uuid('unit_id').references(() => adminUnits.id),
    status: text('status', { enum: ['pending', 'sent', 'failed', 'not_sent'] }).notNull(),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [
    index('mail_outbox_unit_idx').on(table.unitId),
    index('mail_outbox_created_idx').on(table.createdAt),
  ],
);
