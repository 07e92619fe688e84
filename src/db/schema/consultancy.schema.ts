import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema';
import { producers } from './registry.schema';

/**
 * Quan hệ tư vấn — an account's earlier consultancy for a producer (tư vấn, hỗ trợ xây dựng hồ
 * sơ), kept by the standing office over a period. A conflict-of-interest hint when that account
 * later sits in a council scoring the producer's product. One row per account and producer.
 */
export const consultancyLinks = pgTable(
  'consultancy_links',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    /** Start of the consultancy (null only for links recorded before periods were kept). */
    validFrom: date('valid_from'),
    /** End of the consultancy; null while it continues. */
    validTo: date('valid_to'),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.accountId, table.producerId] })],
);
