import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TRADE_EVENT_KINDS, TRADE_EVENT_LEVELS } from '../../domain/promotion/promotion.types';
import { TRADE_PROMOTION_PLAN_STATUSES } from '../../domain/promotion/trade-promotion-plan';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';
import { tradeEvents } from './promotion.schema';

/**
 * Kế hoạch xúc tiến thương mại — a province's yearly trade-promotion plan, sent to the central
 * office which sees every province's plan in one calendar. One per province and year.
 */
export const tradePromotionPlans = pgTable(
  'trade_promotion_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    year: integer('year').notNull(),
    status: text('status', { enum: TRADE_PROMOTION_PLAN_STATUSES }).notNull().default('draft'),
    createdBy: uuid('created_by').references(() => accounts.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid('submitted_by').references(() => accounts.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('trade_promotion_plans_unit_year_idx').on(table.unitId, table.year)],
);

/** One planned event of a plan: month (and dates when known), place, level, maybe a recorded event. */
export const tradePromotionPlanEvents = pgTable(
  'trade_promotion_plan_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => tradePromotionPlans.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: TRADE_EVENT_KINDS }).notNull(),
    level: text('level', { enum: TRADE_EVENT_LEVELS }).notNull(),
    month: integer('month').notNull(),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    place: text('place').notNull().default(''),
    tradeEventId: uuid('trade_event_id').references(() => tradeEvents.id),
  },
  (table) => [index('trade_promotion_plan_events_plan_idx').on(table.planId)],
);
