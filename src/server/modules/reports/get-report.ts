import type { ReportOutput } from '../../../contracts/reports.contracts';
import type { Database } from '../../../db/database';
import { listReportVersions } from '../../../db/repositories/reports.repository';
import type { Actor } from '../../../domain/access/permissions';
import { reportForRead } from './report-access';
import { presentReport } from './report.presenter';

/** One report with its figures, text and submitted versions. @throws NOT_FOUND */
export async function getReport(params: {
  db: Database;
  actor: Actor;
  reportId: string;
}): Promise<ReportOutput> {
  const row = await reportForRead(params.db, params.actor, params.reportId);
  return presentReport(row, await listReportVersions(params.db, row.report.id), params.actor);
}
