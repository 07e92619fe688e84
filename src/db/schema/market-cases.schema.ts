import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';
import type { InspectionAttachment } from './inspections.schema';
import { products } from './registry.schema';
import { stampReports } from './stamps.schema';

/**
 * Vụ việc giám sát thị trường — a product sold as OCOP that is not: who sells it, where, when,
 * what it claims to be (free text, or a real product / certificate number), photos, and how the
 * case ended. `unitId` is the unit of the place (commune or province), for jurisdiction.
 */
export const marketCases = pgTable(
  'market_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    sellerName: text('seller_name').notNull(),
    placeAddress: text('place_address').notNull(),
    observedOn: date('observed_on').notNull(),
    description: text('description').notNull(),
    claimedProduct: text('claimed_product').notNull(),
    productId: uuid('product_id').references(() => products.id),
    claimedCertificateNumber: text('claimed_certificate_number'),
    photos: jsonb('photos').$type<InspectionAttachment[]>().notNull().default([]),
    status: text('status', { enum: ['open', 'investigated', 'closed'] })
      .notNull()
      .default('open'),
    investigationNote: text('investigation_note').notNull().default(''),
    conclusion: text('conclusion', {
      enum: ['violation_referred', 'violation_remedied', 'no_violation'],
    }),
    conclusionNote: text('conclusion_note').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    investigatedAt: timestamp('investigated_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('market_cases_unit_idx').on(table.unitId, table.status),
    index('market_cases_created_idx').on(table.createdAt),
  ],
);

/** A shopper's report of a suspected fake stamp linked to a case (one report may feed several cases). */
export const marketCaseReports = pgTable(
  'market_case_reports',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => marketCases.id),
    reportId: uuid('report_id')
      .notNull()
      .references(() => stampReports.id),
    linkedBy: uuid('linked_by')
      .notNull()
      .references(() => accounts.id),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.caseId, table.reportId] }),
    index('market_case_reports_report_idx').on(table.reportId),
  ],
);
