import type { Database } from '../../../db/database';
import { findPlanOfUnitYear } from '../../../db/repositories/plans.repository';
import { countPointsOfSale } from '../../../db/repositories/promotion-points-of-sale.repository';
import {
  countCertificateEndings,
  countIssuedByDossierType,
  countIssuedCertificates,
  countPromotionInPeriod,
  countValidCertificates,
} from '../../../db/repositories/reports.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';
import {
  groupOfSet,
  groupRowsOf,
  starCountsOf,
  type ReportFigures,
} from '../../../domain/reports/report-figures';
import { reportPeriodRange, type ReportPeriod } from '../../../domain/reports/report-workflow';
import { getPlanProgress } from '../programme/get-plan-progress';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Today in Vietnam. */
function vietnamDay(now: Date): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Targets vs actuals of the unit's plan of the year, through the programme module's own use case. */
async function planTargets(params: {
  db: Database;
  actor: Actor;
  unitId: string;
  year: number;
  now: Date;
}): Promise<ReportFigures['plan']> {
  const plan = await findPlanOfUnitYear(params.db, params.unitId, params.year);
  if (!plan) return null;
  try {
    const progress = await getPlanProgress({
      db: params.db,
      actor: params.actor,
      planId: plan.id,
      now: params.now,
    });
    return {
      planId: progress.planId,
      basedOnVersion: progress.basedOnVersion,
      targets: progress.indicators.map((i) => ({
        code: i.indicatorCode,
        labelVi: i.vi,
        unit: i.unit,
        target: i.planned,
        actual: i.actual,
        percent: i.percent,
      })),
    };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/**
 * The figures of a unit's report for a period, counted now over the unit's subtree up to the
 * period's end (or today when the period is not over): certificates by stars and product group,
 * new / upgraded / re-evaluated / revoked / expired, plan targets vs actuals, trade promotion.
 */
export async function computeReportFigures(params: {
  db: Database;
  actor: Actor;
  unit: { id: string; path: string };
  year: number;
  period: ReportPeriod;
  now: Date;
}): Promise<ReportFigures> {
  const { db, unit } = params;
  const range = reportPeriodRange(params.period, params.year);
  const today = vietnamDay(params.now);
  const asOf = today < range.to ? today : range.to;
  const window = { unitPath: unit.path, from: range.from, to: asOf };
  const [valid, issued, byType, endings, promotion, pointsOfSale, plan] = await Promise.all([
    countValidCertificates(db, { unitPath: unit.path, day: asOf }),
    countIssuedCertificates(db, window),
    countIssuedByDossierType(db, window),
    countCertificateEndings(db, window),
    countPromotionInPeriod(db, window),
    countPointsOfSale(db, { unitPath: unit.path }),
    planTargets({ db, actor: params.actor, unitId: unit.id, year: params.year, now: params.now }),
  ]);
  const ofType = (type: string) => byType.find((row) => row.type === type)?.count ?? 0;
  return {
    period: range,
    asOf,
    valid: starCountsOf(valid),
    issued: starCountsOf(issued),
    byGroup: groupRowsOf(valid.map((row) => ({ ...row, group: groupOfSet(row.productSet) }))),
    movements: {
      newlyCertified: ofType('first'),
      upgraded: ofType('upgrade'),
      reEvaluated: ofType('re-evaluation'),
      revoked: endings.revoked,
      expired: endings.expired,
    },
    plan,
    tradePromotion: { ...promotion, pointsOfSale },
  };
}
