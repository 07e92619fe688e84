import type { SaveTradePromotionPlanInput } from '../../../contracts/trade-promotion-plan.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  existingTradeEventIds,
  findPlanOfYear,
  insertTradePromotionPlan,
  replacePlannedEvents,
  updateTradePromotionPlan,
} from '../../../db/repositories/trade-promotion-plans.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionTradePromotionPlan } from '../../../domain/promotion/trade-promotion-plan';
import { invalidField, unitToActIn } from './promotion-access';
import { assertWritesPlanOf } from './trade-promotion-plan-access';

/**
 * Writes the draft of a province's plan for a year (created on first save), replacing its planned
 * events. Returns the plan id.
 * @throws VALIDATION_FAILED (not a province, unknown trade event), FORBIDDEN, INVALID_TRANSITION
 *   (already sent).
 */
export async function saveTradePromotionPlan(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  input: SaveTradePromotionPlanInput;
}): Promise<string> {
  const { db, input, now } = params;
  const province = await unitToActIn({
    db,
    actor: params.actor,
    action: 'promotion.manage',
    unitId: input.unitId,
    field: 'unitId',
    levels: ['province'],
  });
  assertWritesPlanOf(params.actor, province.path);
  const existing = await findPlanOfYear(db, province.id, input.year);
  if (existing) transitionTradePromotionPlan(existing.plan.status, 'edit');
  const referenced = input.events.map((e) => e.tradeEventId ?? null);
  const known = await existingTradeEventIds(
    db,
    referenced.filter((id): id is string => id !== null),
  );
  const unknown = referenced.findIndex((id) => id !== null && !known.has(id));
  if (unknown >= 0)
    throw invalidField(`events.${unknown}.tradeEventId`, 'Không có sự kiện này', 'No such event');
  return db.transaction(async (tx) => {
    const planId = existing
      ? existing.plan.id
      : (
          await insertTradePromotionPlan(tx, {
            unitId: province.id,
            year: input.year,
            createdBy: params.actor.accountId,
            updatedAt: now,
          })
        ).id;
    if (existing) await updateTradePromotionPlan(tx, planId, { updatedAt: now });
    await replacePlannedEvents(
      tx,
      planId,
      input.events.map((e) => ({
        name: e.name,
        kind: e.kind,
        level: e.level,
        month: e.month,
        startsOn: e.startsOn ?? null,
        endsOn: e.endsOn ?? null,
        place: e.place ?? '',
        tradeEventId: e.tradeEventId ?? null,
      })),
    );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'trade-promotion-plan.saved',
        entityType: 'trade-promotion-plan',
        entityId: planId,
        unitId: province.id,
        after: { year: input.year, events: input.events.length },
      },
      now,
    );
    return planId;
  });
}
