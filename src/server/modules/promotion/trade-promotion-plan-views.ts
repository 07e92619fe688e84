import type {
  FindTradePromotionPlanOutput,
  TradePromotionCalendarOutput,
  TradePromotionPlanOutput,
} from '../../../contracts/trade-promotion-plan.contracts';
import type { Database } from '../../../db/database';
import { findUnitById } from '../../../db/repositories/admin-units.repository';
import {
  findPlanOfYear,
  findTradePromotionPlan,
  listSubmittedPlans,
  plannedEventsOf,
  type PlannedEventRow,
} from '../../../db/repositories/trade-promotion-plans.repository';
import { can, scopesFor, type Actor } from '../../../domain/access/permissions';
import { notFound } from '../../../domain/errors';

const presentEvent = (e: PlannedEventRow) => ({
  name: e.name,
  kind: e.kind,
  level: e.level,
  month: e.month,
  startsOn: e.startsOn,
  endsOn: e.endsOn,
  place: e.place,
  tradeEventId: e.tradeEventId,
});

/** One plan with its events, for the province and the units above it. @throws NOT_FOUND. */
export async function getTradePromotionPlan(params: {
  db: Database;
  actor: Actor;
  planId: string;
}): Promise<TradePromotionPlanOutput> {
  const row = await findTradePromotionPlan(params.db, params.planId);
  if (!row || !can(params.actor, 'promotion.read', { unitPath: row.unitPath }))
    throw notFound('kế hoạch xúc tiến thương mại', 'Trade-promotion plan');
  const events = await plannedEventsOf(params.db, [row.plan.id]);
  return {
    id: row.plan.id,
    province: { id: row.plan.unitId, name: row.unitName },
    year: row.plan.year,
    status: row.plan.status,
    submittedAt: row.plan.submittedAt?.toISOString() ?? null,
    events: events.map(presentEvent),
  };
}

/**
 * The plan of a province for a year (to load it into the editor), or null when it has none yet.
 * @throws NOT_FOUND when the province lies outside the actor's units.
 */
export async function findTradePromotionPlanOfYear(params: {
  db: Database;
  actor: Actor;
  unitId: string;
  year: number;
}): Promise<FindTradePromotionPlanOutput> {
  const unit = await findUnitById(params.db, params.unitId);
  if (!unit || !can(params.actor, 'promotion.read', { unitPath: unit.path }))
    throw notFound('tỉnh', 'Province');
  const row = await findPlanOfYear(params.db, unit.id, params.year);
  if (!row) return { plan: null };
  return { plan: await getTradePromotionPlan({ db: params.db, actor: params.actor, planId: row.plan.id }) };
}

/**
 * The calendar of the submitted plans of a year by month: every province for the central office,
 * its own for a province. Drafts are not shown.
 */
export async function listTradePromotionCalendar(params: {
  db: Database;
  actor: Actor;
  year: number;
}): Promise<TradePromotionCalendarOutput> {
  const plans = await listSubmittedPlans(params.db, {
    scopePaths: scopesFor(params.actor, 'promotion.read'),
    year: params.year,
  });
  const provinceOf = new Map(plans.map((p) => [p.plan.id, { id: p.plan.unitId, name: p.unitName }]));
  const events = await plannedEventsOf(
    params.db,
    plans.map((p) => p.plan.id),
  );
  return {
    year: params.year,
    provinces: plans.map((p) => ({
      id: p.plan.unitId,
      name: p.unitName,
      submittedAt: p.plan.submittedAt!.toISOString(),
    })),
    months: Array.from({ length: 12 }, (_, i) => i + 1).map((month) => ({
      month,
      events: events
        .filter((e) => e.month === month)
        .map((e) => ({ ...presentEvent(e), province: provinceOf.get(e.planId)! })),
    })),
  };
}
