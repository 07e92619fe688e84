import type { ReportSubmissionsOutput, ReportSubmissionsQuery } from '../../../contracts/reports.contracts';
import type { Database } from '../../../db/database';
import {
  findReportVersion,
  findUnitSummary,
  listChildUnitsInForce,
  listReportsWithUnits,
} from '../../../db/repositories/reports.repository';
import { can, type Actor } from '../../../domain/access/permissions';
import { forbidden } from '../../../domain/errors';
import { aggregateFigures, type ReportFigures } from '../../../domain/reports/report-figures';

/** The unit whose children are listed: the one asked for, or the actor's own `report.read` unit. */
async function parentUnit(db: Database, actor: Actor, unitId: string | undefined) {
  const id = unitId ?? actor.grants.find((g) => can(actor, 'report.read', { unitPath: g.unitPath }))?.unitId;
  const unit = id ? await findUnitSummary(db, id) : undefined;
  if (!unit || !can(actor, 'report.read', { unitPath: unit.path })) throw forbidden();
  return unit;
}

/**
 * The level above's view of a period: every unit directly below (the 34 provinces for the central
 * office) with whether it has submitted, the figures of its last submitted version side by side,
 * and their sum. Drafts and reopened reports show their status but no figures: only what was
 * submitted counts.
 * @throws FORBIDDEN when the actor does not read reports of that unit.
 */
export async function listReportSubmissions(params: {
  db: Database;
  actor: Actor;
  query: ReportSubmissionsQuery;
}): Promise<ReportSubmissionsOutput> {
  const { db, actor, query } = params;
  const parent = await parentUnit(db, actor, query.unitId);
  const children = await listChildUnitsInForce(db, parent.id);
  const { rows } = await listReportsWithUnits(db, {
    scopePaths: [parent.path],
    year: query.year,
    period: query.period,
    limit: 1000,
    offset: 0,
  });
  const byUnit = new Map(rows.map((row) => [row.report.unitId, row]));
  const units: ReportSubmissionsOutput['units'] = [];
  const submitted: ReportFigures[] = [];
  for (const child of children) {
    const row = byUnit.get(child.id);
    const version =
      row && row.report.submittedVersion > 0
        ? await findReportVersion(db, row.report.id, row.report.submittedVersion)
        : undefined;
    if (version && row?.report.status === 'submitted') submitted.push(version.figures);
    units.push({
      unit: { id: child.id, name: child.name, level: child.level },
      status: row?.report.status ?? 'missing',
      reportId: row?.report.id ?? null,
      submittedAt: row?.report.submittedAt?.toISOString() ?? null,
      submittedVersion: row?.report.submittedVersion ?? 0,
      figures: row?.report.status === 'submitted' ? (version?.figures ?? null) : null,
    });
  }
  const { reports, valid, issued, byGroup, movements, tradePromotion } = aggregateFigures(submitted);
  return {
    unit: { id: parent.id, name: parent.name, level: parent.level },
    year: query.year,
    period: query.period,
    units,
    submittedCount: submitted.length,
    aggregate: { reports, valid, issued, byGroup, movements, tradePromotion },
  };
}
