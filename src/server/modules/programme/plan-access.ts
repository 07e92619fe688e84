import type { PlanOutput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import {
  findPlanWithUnit,
  type PlanVersionRow,
  type PlanWithUnit,
} from '../../../db/repositories/plans.repository';
import type { Actor } from '../../../domain/access/permissions';
import { forbidden, notFound } from '../../../domain/errors';
import { canActOnPlan, canReadPlan, type PlanScope } from '../../../domain/programme/programme-policy';
import { isPlanActionAllowed } from '../../../domain/programme/plan-workflow';

export interface LoadedPlan extends PlanWithUnit {
  scope: PlanScope;
}

/** A plan the actor may read; one outside its reach is reported as absent (NOT_FOUND). */
export async function loadPlanForRead(db: Database, actor: Actor, id: string): Promise<LoadedPlan> {
  const loaded = await findPlanWithUnit(db, id);
  if (!loaded) throw notFound('kế hoạch', 'Plan');
  const scope = { unitId: loaded.plan.unitId, unitPath: loaded.unitPath };
  if (!canReadPlan(actor, scope)) throw notFound('kế hoạch', 'Plan');
  return { ...loaded, scope };
}

/** FORBIDDEN unless the actor holds `action` in the plan's own unit. */
export function assertPlanAction(
  actor: Actor,
  action: 'plan.manage' | 'plan.approve',
  loaded: LoadedPlan,
): void {
  if (!canActOnPlan(actor, action, loaded.scope)) throw forbidden();
}

export function presentVersionSummary(v: PlanVersionRow) {
  return {
    number: v.number,
    decisionNumber: v.decisionNumber,
    decisionDate: v.decisionDate,
    amendmentReason: v.amendmentReason,
    approvedByName: v.approvedByName,
    approvedAt: v.approvedAt.toISOString(),
  };
}

export function presentPlan(
  actor: Actor,
  loaded: LoadedPlan,
  versions: readonly PlanVersionRow[],
): PlanOutput {
  const p = loaded.plan;
  return {
    id: p.id,
    unitId: p.unitId,
    unitName: loaded.unitName,
    unitLevel: loaded.unitLevel,
    year: p.year,
    catalogueVersionId: p.catalogueVersionId,
    status: p.status,
    content: p.content,
    approvedVersion: p.approvedVersion,
    versions: versions.map(presentVersionSummary),
    canEdit:
      canActOnPlan(actor, 'plan.manage', loaded.scope) &&
      (isPlanActionAllowed(p.status, 'edit') || isPlanActionAllowed(p.status, 'amend')),
    canApprove: canActOnPlan(actor, 'plan.approve', loaded.scope) && isPlanActionAllowed(p.status, 'approve'),
    version: p.version,
  };
}
