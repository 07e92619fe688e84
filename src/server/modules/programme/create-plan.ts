import type { CreatePlanInput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findPlanOfUnitYear, findUnit, insertPlan } from '../../../db/repositories/plans.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError, forbidden, notFound } from '../../../domain/errors';
import { assertTargetsValid, catalogueInForce } from '../../../domain/programme/indicator-catalogue';
import { canActOnPlan } from '../../../domain/programme/programme-policy';

/**
 * Drafts the yearly OCOP plan of a unit (one per unit and year), pinning the indicator catalogue
 * in force on 1 January of that year. Drafted by the unit's commune officer or standing office.
 * @throws NOT_FOUND (unit), FORBIDDEN, CONFLICT (the unit already has a plan that year), VALIDATION_FAILED (targets)
 */
export async function createPlan(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  input: CreatePlanInput;
  now: Date;
}): Promise<string> {
  const { db, actor, input, now } = params;
  const unit = await findUnit(db, input.unitId);
  if (!unit) throw notFound('đơn vị', 'Unit');
  if (!canActOnPlan(actor, 'plan.manage', { unitId: unit.id, unitPath: unit.path })) throw forbidden();
  const catalogue = catalogueInForce(`${input.year}-01-01`);
  assertTargetsValid(catalogue, input.content.targets);
  const existing = await findPlanOfUnitYear(db, unit.id, input.year);
  if (existing)
    throw new DomainError(
      'CONFLICT',
      `${unit.fullName} đã có kế hoạch năm ${input.year}.`,
      `${unit.fullName} already has a ${input.year} plan.`,
      [{ field: 'year', messageVi: 'Đã có kế hoạch năm này', messageEn: 'A plan exists for this year' }],
      { planId: existing.id },
    );
  return db.transaction(async (tx) => {
    const row = await insertPlan(tx, {
      unitId: unit.id,
      year: input.year,
      catalogueVersionId: catalogue.id,
      status: 'draft',
      content: input.content,
      createdBy: actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'plan.created',
        entityType: 'ocop_plan',
        entityId: row.id,
        unitId: unit.id,
        after: { year: row.year, title: input.content.title },
      },
      now,
    );
    return row.id;
  });
}
