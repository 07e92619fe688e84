import type { ReportOutput } from '../../../contracts/reports.contracts';
import type { ReportVersionRow, ReportWithUnit } from '../../../db/repositories/reports.repository';
import type { Actor } from '../../../domain/access/permissions';
import { isReportActionAllowed, reportTitle } from '../../../domain/reports/report-workflow';
import { reopensReportOf, writesReportOf } from './report-access';

/** The list row of a report. */
export function presentReportSummary({ report, unitName, unitLevel }: ReportWithUnit) {
  return {
    id: report.id,
    unit: { id: report.unitId, name: unitName, level: unitLevel },
    year: report.year,
    period: report.period,
    title: reportTitle(report.period, report.year),
    status: report.status,
    revision: report.revision,
    submittedVersion: report.submittedVersion,
    generatedAt: report.generatedAt.toISOString(),
    submittedAt: report.submittedAt?.toISOString() ?? null,
    reopenedAt: report.reopenedAt?.toISOString() ?? null,
    reopenReason: report.reopenReason,
  };
}

/** A whole report as the actor sees it, with what the actor may do on it now. */
export function presentReport(
  row: ReportWithUnit,
  versions: readonly ReportVersionRow[],
  actor: Actor,
): ReportOutput {
  const writes = writesReportOf(actor, row.unitPath);
  return {
    ...presentReportSummary(row),
    figures: row.report.figures,
    narrative: row.report.narrative,
    versions: versions.map((v) => ({ version: v.version, submittedAt: v.submittedAt.toISOString() })),
    can: {
      edit: writes && isReportActionAllowed(row.report.status, 'edit'),
      submit: writes && isReportActionAllowed(row.report.status, 'submit'),
      reopen: reopensReportOf(actor, row.unitPath) && isReportActionAllowed(row.report.status, 'reopen'),
    },
  };
}
