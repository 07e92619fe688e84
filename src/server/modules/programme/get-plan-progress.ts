import type { PlanProgressOutput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import {
  certificateShares,
  countAcceptedProposals,
  countCertificatesIssued,
  countFairsAttended,
  findPlanVersion,
  listChildPlans,
  listPlanActuals,
} from '../../../db/repositories/plans.repository';
import { countPointsOfSale } from '../../../db/repositories/promotion-points-of-sale.repository';
import {
  countTrainingCourses,
  countTrainingParticipants,
} from '../../../db/repositories/promotion-training.repository';
import type { Actor } from '../../../domain/access/permissions';
import { getCatalogue } from '../../../domain/programme/indicator-catalogue';
import type { ComputedMetric } from '../../../domain/programme/indicator.types';
import {
  budgetSpentShare,
  computePlanProgress,
  type MetricValue,
} from '../../../domain/programme/plan-progress';
import { canReadPlan } from '../../../domain/programme/programme-policy';
import type { PlanContent } from '../../../domain/programme/programme.types';
import { loadPlanForRead, type LoadedPlan } from './plan-access';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Today in Vietnam, or the plan year's last day once the year is over. */
function asOfDay(now: Date, year: number): string {
  const today = new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
  const yearEnd = `${year}-12-31`;
  return today < yearEnd ? today : yearEnd;
}

/** Every figure the catalogue can ask for, counted live over the unit's subtree. */
async function computeMetrics(
  db: Database,
  unitPath: string,
  year: number,
  day: string,
  content: PlanContent,
): Promise<Record<ComputedMetric, MetricValue>> {
  const count = (value: number): MetricValue => ({ kind: 'count', value });
  const [three, four, five, shares, proposals, courses, participants, fairs, pointsOfSale] =
    await Promise.all([
      countCertificatesIssued(db, { unitPath, year, minStars: 3 }),
      countCertificatesIssued(db, { unitPath, year, minStars: 4 }),
      countCertificatesIssued(db, { unitPath, year, minStars: 5 }),
      certificateShares(db, { unitPath, day }),
      countAcceptedProposals(db, { unitPath, year }),
      countTrainingCourses(db, { unitPath, year }),
      countTrainingParticipants(db, { unitPath, year, isAttendedOnly: true }),
      countFairsAttended(db, { unitPath, year, day }),
      countPointsOfSale(db, { unitPath }),
    ]);
  return {
    certificates_3_plus: count(three),
    certificates_4_plus: count(four),
    certificates_5: count(five),
    ideas_accepted: count(proposals.ideas),
    business_plans_accepted: count(proposals.businessPlans),
    share_valid_certificates: { kind: 'share', numerator: shares.valid, denominator: shares.certified },
    share_stamped_products: { kind: 'share', numerator: shares.stamped, denominator: shares.valid },
    budget_spent_share: budgetSpentShare(
      content.sections.flatMap((s) => s.activities.flatMap((a) => a.budget)),
    ),
    training_courses: count(courses),
    training_participants: count(participants),
    fairs_attended: count(fairs),
    points_of_sale: count(pointsOfSale),
  };
}

/** Targets come from the last approved version; a plan never approved shows its draft. */
async function targetContent(db: Database, loaded: LoadedPlan): Promise<PlanContent> {
  if (loaded.plan.approvedVersion === 0) return loaded.plan.content;
  const version = await findPlanVersion(db, loaded.plan.id, loaded.plan.approvedVersion);
  return version?.content ?? loaded.plan.content;
}

async function progressOf(
  db: Database,
  actor: Actor,
  loaded: LoadedPlan,
  now: Date,
  depth: number,
): Promise<PlanProgressOutput> {
  const { plan } = loaded;
  const day = asOfDay(now, plan.year);
  const content = await targetContent(db, loaded);
  const childRows = depth > 0 ? await listChildPlans(db, plan.unitId, plan.year) : [];
  const children: PlanProgressOutput[] = [];
  for (const child of childRows) {
    const scope = { unitId: child.plan.unitId, unitPath: child.unitPath };
    if (canReadPlan(actor, scope))
      children.push(await progressOf(db, actor, { ...child, scope }, now, depth - 1));
  }
  const childActuals = new Map<string, (number | null)[]>();
  for (const child of children)
    for (const row of child.indicators)
      childActuals.set(row.indicatorCode, [...(childActuals.get(row.indicatorCode) ?? []), row.actual]);
  const manual = new Map(
    (await listPlanActuals(db, plan.id)).map((a) => [
      a.indicatorCode,
      { value: a.value, note: a.note, evidence: a.evidence },
    ]),
  );
  const indicators = computePlanProgress({
    catalogue: getCatalogue(plan.catalogueVersionId),
    targets: content.targets,
    metrics: await computeMetrics(db, loaded.unitPath, plan.year, day, content),
    manual,
    childActuals,
  });
  return {
    planId: plan.id,
    unitId: plan.unitId,
    unitName: loaded.unitName,
    year: plan.year,
    basedOnVersion: plan.approvedVersion,
    asOf: day,
    indicators,
    children,
  };
}

/**
 * Progress of a plan: per target, planned, actual and %, with actuals computed live from the
 * certificates, stamps, ideas, business plans, training courses, trade events and points of sale
 * of the unit's subtree where the system holds
 * them, hand-entered values elsewhere, and the child units' plans (communes of a province,
 * provinces of the nation) rolled up. @throws NOT_FOUND
 */
export async function getPlanProgress(params: {
  db: Database;
  actor: Actor;
  planId: string;
  now: Date;
}): Promise<PlanProgressOutput> {
  const loaded = await loadPlanForRead(params.db, params.actor, params.planId);
  return progressOf(params.db, params.actor, loaded, params.now, 2);
}
