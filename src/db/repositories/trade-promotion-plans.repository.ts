import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import { adminUnits, tradeEvents, tradePromotionPlanEvents, tradePromotionPlans } from '../schema';
import { withinPaths } from './promotion.repository';

/** Queries of the provinces' yearly trade-promotion plans. No rules. */

export type TradePromotionPlanRow = typeof tradePromotionPlans.$inferSelect;
export type PlannedEventRow = typeof tradePromotionPlanEvents.$inferSelect;

export interface PlanWithUnit {
  plan: TradePromotionPlanRow;
  unitName: string;
  unitPath: string;
}

function joined(db: Database) {
  return db
    .select({ plan: tradePromotionPlans, unitName: adminUnits.fullName, unitPath: adminUnits.path })
    .from(tradePromotionPlans)
    .innerJoin(adminUnits, eq(adminUnits.id, tradePromotionPlans.unitId));
}

export async function findPlanOfYear(
  db: Database,
  unitId: string,
  year: number,
): Promise<PlanWithUnit | undefined> {
  const [row] = await joined(db).where(
    and(eq(tradePromotionPlans.unitId, unitId), eq(tradePromotionPlans.year, year)),
  );
  return row;
}

export async function findTradePromotionPlan(db: Database, id: string): Promise<PlanWithUnit | undefined> {
  const [row] = await joined(db).where(eq(tradePromotionPlans.id, id));
  return row;
}

export async function insertTradePromotionPlan(
  db: Database,
  values: typeof tradePromotionPlans.$inferInsert,
): Promise<TradePromotionPlanRow> {
  const [row] = await db.insert(tradePromotionPlans).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateTradePromotionPlan(
  db: Database,
  id: string,
  values: Partial<typeof tradePromotionPlans.$inferInsert>,
): Promise<void> {
  await db.update(tradePromotionPlans).set(values).where(eq(tradePromotionPlans.id, id));
}

/** Replaces the planned events of a plan, keeping the given order. */
export async function replacePlannedEvents(
  db: Database,
  planId: string,
  events: readonly Omit<typeof tradePromotionPlanEvents.$inferInsert, 'planId' | 'position'>[],
): Promise<void> {
  await db.delete(tradePromotionPlanEvents).where(eq(tradePromotionPlanEvents.planId, planId));
  if (events.length > 0)
    await db
      .insert(tradePromotionPlanEvents)
      .values(events.map((e, position) => ({ ...e, planId, position })));
}

export async function plannedEventsOf(db: Database, planIds: readonly string[]): Promise<PlannedEventRow[]> {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(tradePromotionPlanEvents)
    .where(inArray(tradePromotionPlanEvents.planId, [...planIds]))
    .orderBy(
      asc(tradePromotionPlanEvents.month),
      asc(tradePromotionPlanEvents.startsOn),
      asc(tradePromotionPlanEvents.position),
    );
}

/** Submitted plans of a year in the given scopes, by province name. */
export async function listSubmittedPlans(
  db: Database,
  filter: { scopePaths: readonly string[]; year: number },
): Promise<PlanWithUnit[]> {
  return joined(db)
    .where(
      and(
        withinPaths(adminUnits.path, filter.scopePaths),
        eq(tradePromotionPlans.year, filter.year),
        eq(tradePromotionPlans.status, 'submitted'),
      ),
    )
    .orderBy(asc(adminUnits.fullName));
}

/** The recorded trade events among `ids`. */
export async function existingTradeEventIds(db: Database, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: tradeEvents.id })
    .from(tradeEvents)
    .where(inArray(tradeEvents.id, [...new Set(ids)]));
  return new Set(rows.map((r) => r.id));
}
