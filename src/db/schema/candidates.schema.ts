import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CANDIDATE_ORIGINS, CANDIDATE_STATUSES } from '../../domain/candidates/candidate-workflow';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';
import { roundResults } from './evaluation.schema';
import { consultants } from './promotion.schema';
import { products } from './registry.schema';

/** What the support plan says must improve for one failed mandatory criterion. */
export interface CandidateImprovement {
  criterionCode: string;
  action: string;
}

/**
 * Ứng viên sản phẩm 5 sao — a product the province prepares for the central evaluation, with its
 * support plan (consultant, budget, deadline, improvements). At most one live (not dropped)
 * candidate per product.
 */
export const fiveStarCandidates = pgTable(
  'five_star_candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The province of the product's producer: the jurisdiction of the candidate. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    origin: text('origin', { enum: CANDIDATE_ORIGINS }).notNull(),
    /** The ≥ 90-point result that suggested it, or the product's last result when chosen by decision. */
    sourceResultId: uuid('source_result_id').references(() => roundResults.id),
    /** Why the province chose it (required for a decision). */
    reason: text('reason').notNull().default(''),
    status: text('status', { enum: CANDIDATE_STATUSES }).notNull().default('proposed'),
    consultantId: uuid('consultant_id').references(() => consultants.id),
    budgetVnd: bigint('budget_vnd', { mode: 'number' }),
    deadline: date('deadline'),
    improvements: jsonb('improvements').$type<CandidateImprovement[]>().notNull().default([]),
    planNote: text('plan_note').notNull().default(''),
    /** The note of the last status change (central result, reason for dropping…). */
    statusNote: text('status_note').notNull().default(''),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('five_star_candidates_unit_idx').on(table.unitId),
    uniqueIndex('five_star_candidates_live_product_key')
      .on(table.productId)
      .where(sql`${table.status} <> 'dropped'`),
  ],
);
