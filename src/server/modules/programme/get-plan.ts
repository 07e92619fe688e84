import type {
  ListPlansOutput,
  ListPlansQuery,
  PlanOutput,
  PlanVersionOutput,
} from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import {
  findPlanVersion,
  listPlansWithUnits,
  listPlanVersions,
} from '../../../db/repositories/plans.repository';
import type { Actor } from '../../../domain/access/permissions';
import { notFound } from '../../../domain/errors';
import { planListPaths } from '../../../domain/programme/programme-policy';
import { loadPlanForRead, presentPlan, presentVersionSummary } from './plan-access';

/** A plan with its working copy and the list of approved versions (404 outside the actor's reach). */
export async function getPlan(params: { db: Database; actor: Actor; planId: string }): Promise<PlanOutput> {
  const loaded = await loadPlanForRead(params.db, params.actor, params.planId);
  return presentPlan(params.actor, loaded, await listPlanVersions(params.db, loaded.plan.id));
}

/** One approved version of a plan, as it was approved. @throws NOT_FOUND */
export async function getPlanVersion(params: {
  db: Database;
  actor: Actor;
  planId: string;
  number: number;
}): Promise<PlanVersionOutput> {
  const loaded = await loadPlanForRead(params.db, params.actor, params.planId);
  const version = await findPlanVersion(params.db, loaded.plan.id, params.number);
  if (!version)
    throw notFound(`phiên bản ${params.number} của kế hoạch`, `Version ${params.number} of the plan`);
  return { ...presentVersionSummary(version), planId: loaded.plan.id, content: version.content };
}

/** The plans the actor may read: its units and below (a province sees its communes'), and above. */
export async function listPlans(params: {
  db: Database;
  actor: Actor;
  query: ListPlansQuery;
}): Promise<ListPlansOutput> {
  const { rows, total } = await listPlansWithUnits(params.db, {
    paths: planListPaths(params.actor),
    ...params.query,
  });
  return {
    total,
    items: rows.map((r) => ({
      id: r.plan.id,
      unitId: r.plan.unitId,
      unitName: r.unitName,
      unitLevel: r.unitLevel,
      year: r.plan.year,
      status: r.plan.status,
      approvedVersion: r.plan.approvedVersion,
      version: r.plan.version,
      title: r.plan.content.title,
    })),
  };
}
