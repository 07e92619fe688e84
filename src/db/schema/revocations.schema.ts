import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';
import { certificates } from './evaluation.schema';
import { producers, products } from './registry.schema';

/**
 * Đề nghị thu hồi — a proposal to revoke one certificate, from an inspection, the standing office
 * or the bulk "expired and not re-evaluated" list. The ground is a code of a versioned list
 * (domain/revocation/revocation-grounds). At most one open proposal per certificate.
 */
export const revocationProposals = pgTable(
  'revocation_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    /** The certificate's issuing unit (province or nation): whose office and leader decide. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    source: text('source', { enum: ['inspection', 'standing_office', 'expired_not_reevaluated'] }).notNull(),
    inspectionId: uuid('inspection_id'),
    groundCode: text('ground_code').notNull(),
    groundsVersion: text('grounds_version').notNull(),
    groundText: text('ground_text'),
    status: text('status', { enum: ['proposed', 'in_decision', 'revoked', 'withdrawn'] })
      .notNull()
      .default('proposed'),
    decisionId: uuid('decision_id'),
    proposedBy: uuid('proposed_by')
      .notNull()
      .references(() => accounts.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    uniqueIndex('revocation_proposals_open_key')
      .on(table.certificateId)
      .where(sql`${table.status} in ('proposed', 'in_decision')`),
    index('revocation_proposals_unit_idx').on(table.unitId, table.status),
    index('revocation_proposals_decision_idx').on(table.decisionId),
    index('revocation_proposals_producer_idx').on(table.producerId),
  ],
);

/**
 * Quyết định thu hồi — drafted by the standing office for one or many proposals, approved (signed)
 * or returned with a reason by a leader of the issuing People's Committee. Never edited after
 * approval; a returned draft stays as it was and its proposals are open again.
 */
export const revocationDecisions = pgTable(
  'revocation_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    number: text('number').notNull(),
    signedOn: date('signed_on').notNull(),
    issuerName: text('issuer_name').notNull(),
    /** Place written before the date ("Hà Tĩnh, ngày … tháng … năm …"). */
    placeName: text('place_name').notNull(),
    legalBases: jsonb('legal_bases').$type<string[]>().notNull(),
    /** Nơi nhận. */
    recipients: jsonb('recipients').$type<string[]>().notNull(),
    status: text('status', { enum: ['draft', 'approved', 'returned'] })
      .notNull()
      .default('draft'),
    draftedBy: uuid('drafted_by')
      .notNull()
      .references(() => accounts.id),
    draftedAt: timestamp('drafted_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    uniqueIndex('revocation_decisions_number_key')
      .on(table.unitId, table.number)
      .where(sql`${table.status} <> 'returned'`),
    index('revocation_decisions_unit_idx').on(table.unitId, table.status),
  ],
);

/** The proposals a decision covers, as drafted (kept when a returned decision re-opens them). */
export const revocationDecisionItems = pgTable(
  'revocation_decision_items',
  {
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => revocationDecisions.id),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => revocationProposals.id),
    position: integer('position').notNull(),
  },
  (table) => [
    primaryKey({ name: 'revocation_decision_items_pkey', columns: [table.decisionId, table.proposalId] }),
    index('revocation_decision_items_proposal_idx').on(table.proposalId),
  ],
);
