import type { ListReportsOutput, ListReportsQuery } from '../../../contracts/reports.contracts';
import type { Database } from '../../../db/database';
import { listReportsWithUnits } from '../../../db/repositories/reports.repository';
import { scopesFor, type Actor } from '../../../domain/access/permissions';
import { presentReportSummary } from './report.presenter';

/** The reports of the actor's units and the units below them, newest year first; paginated. */
export async function listReports(params: {
  db: Database;
  actor: Actor;
  query: ListReportsQuery;
}): Promise<ListReportsOutput> {
  const { rows, total } = await listReportsWithUnits(params.db, {
    scopePaths: scopesFor(params.actor, 'report.read'),
    ...params.query,
  });
  return { items: rows.map(presentReportSummary), total };
}
