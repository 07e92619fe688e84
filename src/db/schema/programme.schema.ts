import {
  bigint,
  date,
  doublePrecision,
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
import type { PlanContent } from '../../domain/programme/programme.types';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';
import { producers, products } from './registry.schema';
import { dossiers } from './dossiers.schema';

/** The commune's review of an idea or a business plan (who, when, what, why). */
export interface ProposalReview {
  decision: 'accept' | 'request_changes' | 'decline';
  reason: string;
  byAccountId: string;
  byName: string;
  at: string;
}

/**
 * Ý tưởng sản phẩm — a producer's product idea registered with its commune for a year (OCOP cycle
 * step 2). Accepted ideas form the year's list of registered products; the first dossier starts
 * from one and links the product it created.
 */
export const productIdeas = pgTable(
  'product_ideas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    /** The producer's commune at registration: the jurisdiction of the idea. */
    communeId: uuid('commune_id')
      .notNull()
      .references(() => adminUnits.id),
    year: integer('year').notNull(),
    productName: text('product_name').notNull(),
    productSet: integer('product_set').notNull(),
    description: text('description').notNull().default(''),
    rawMaterialArea: text('raw_material_area').notNull().default(''),
    rawMaterialAreaHectares: doublePrecision('raw_material_area_hectares'),
    market: text('market').notNull().default(''),
    /** What is new, local or distinctive about it. */
    novelty: text('novelty').notNull().default(''),
    packaging: text('packaging').notNull().default(''),
    status: text('status', { enum: ['submitted', 'changes_requested', 'accepted', 'declined'] }).notNull(),
    lastReview: jsonb('last_review').$type<ProposalReview>(),
    productId: uuid('product_id').references(() => products.id),
    dossierId: uuid('dossier_id').references(() => dossiers.id),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('product_ideas_commune_year_idx').on(table.communeId, table.year),
    index('product_ideas_producer_idx').on(table.producerId),
  ],
);

/** Phương án / dự án sản xuất kinh doanh — the business plan of an idea (OCOP cycle step 3). */
export const businessPlans = pgTable(
  'business_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => productIdeas.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => adminUnits.id),
    year: integer('year').notNull(),
    investmentVnd: bigint('investment_vnd', { mode: 'number' }).notNull(),
    annualCapacity: doublePrecision('annual_capacity'),
    capacityUnit: text('capacity_unit').notNull().default(''),
    market: text('market').notNull().default(''),
    supportNeeded: text('support_needed').notNull().default(''),
    summary: text('summary').notNull().default(''),
    status: text('status', { enum: ['submitted', 'changes_requested', 'accepted', 'declined'] }).notNull(),
    lastReview: jsonb('last_review').$type<ProposalReview>(),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('business_plans_commune_year_idx').on(table.communeId, table.year),
    index('business_plans_idea_idx').on(table.ideaId),
  ],
);

/**
 * Kế hoạch OCOP hằng năm of one unit (nation, province, commune). `content` is the working copy;
 * every approval freezes it into `ocop_plan_versions`, so an amendment never rewrites history.
 */
export const ocopPlans = pgTable(
  'ocop_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    year: integer('year').notNull(),
    /** The indicator catalogue version the targets refer to (pinned at creation). */
    catalogueVersionId: text('catalogue_version_id').notNull(),
    status: text('status', { enum: ['draft', 'approved', 'amending'] }).notNull(),
    content: jsonb('content').$type<PlanContent>().notNull(),
    /** Number of the last approved version (0 = never approved). */
    approvedVersion: integer('approved_version').notNull().default(0),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [uniqueIndex('ocop_plans_unit_year_key').on(table.unitId, table.year)],
);

/** An approved version of a plan: inserted once at approval, never updated. */
export const ocopPlanVersions = pgTable(
  'ocop_plan_versions',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => ocopPlans.id),
    number: integer('number').notNull(),
    content: jsonb('content').$type<PlanContent>().notNull(),
    /** The approving decision (số quyết định / văn bản) and who approved. */
    decisionNumber: text('decision_number').notNull(),
    decisionDate: date('decision_date').notNull(),
    amendmentReason: text('amendment_reason').notNull().default(''),
    approvedBy: uuid('approved_by').references(() => accounts.id),
    approvedByName: text('approved_by_name').notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.planId, table.number] })],
);

/** A hand-entered actual value of an indicator the system does not compute (with note and evidence). */
export const ocopPlanActuals = pgTable(
  'ocop_plan_actuals',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => ocopPlans.id),
    indicatorCode: text('indicator_code').notNull(),
    value: doublePrecision('value').notNull(),
    note: text('note').notNull(),
    evidence: text('evidence').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => accounts.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.planId, table.indicatorCode] })],
);
