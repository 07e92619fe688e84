import type { CreateInspectionPlanInput } from '../../../contracts/inspections.contracts';
import type { Database } from '../../../db/database';
import { findUnitById } from '../../../db/repositories/admin-units.repository';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findProducerPlace, insertPlan } from '../../../db/repositories/inspections.repository';
import { can, type Actor } from '../../../domain/access/permissions';
import { isWithinUnit } from '../../../domain/access/unit-path';
import { DomainError, forbidden, notFound } from '../../../domain/errors';

/**
 * The yearly post-inspection plan of a unit (kế hoạch kiểm tra): which producers, when, by which
 * agency, planned or surprise. Every producer must lie within the unit.
 * @throws NOT_FOUND, FORBIDDEN, VALIDATION_FAILED (a producer outside the unit)
 */
export async function createInspectionPlan(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  input: CreateInspectionPlanInput;
  now: Date;
}) {
  const { db, actor, input, now } = params;
  const unit = await findUnitById(db, input.unitId);
  if (!unit) throw notFound('đơn vị', 'Unit');
  if (!can(actor, 'inspection.plan', { unitPath: unit.path }))
    throw can(actor, 'inspection.read', { unitPath: unit.path }) ? forbidden() : notFound('đơn vị', 'Unit');
  for (const [index, item] of input.items.entries()) {
    const place = await findProducerPlace(db, item.producerId);
    if (!place || !isWithinUnit(place.communePath, unit.path))
      throw new DomainError(
        'VALIDATION_FAILED',
        'Chủ thể trong kế hoạch không thuộc đơn vị.',
        'A producer of the plan is outside the unit.',
        [
          {
            field: `items.${index}.producerId`,
            messageVi: 'Chủ thể không thuộc địa bàn.',
            messageEn: 'Producer outside the unit.',
          },
        ],
      );
  }
  return db.transaction(async (tx) => {
    const plan = await insertPlan(tx, {
      unitId: unit.id,
      year: input.year,
      title: input.title,
      items: input.items,
      createdBy: actor.accountId,
      createdAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'inspection_plan.created',
        entityType: 'inspection_plan',
        entityId: plan.id,
        unitId: unit.id,
        after: { year: plan.year, title: plan.title, items: plan.items.length },
      },
      now,
    );
    return { ...plan, unitName: unit.fullName };
  });
}
