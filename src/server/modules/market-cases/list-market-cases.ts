import type { Database } from '../../../db/database';
import {
  listMarketCases as listRows,
  listSuspectedFakeReports as listReportRows,
  type MarketCaseRow,
} from '../../../db/repositories/market-cases.repository';
import { scopesFor, type Actor } from '../../../domain/access/permissions';

/** Cases of the actor's units, newest first; filtered and paginated in SQL. */
export async function listMarketCases(params: {
  db: Database;
  actor: Actor;
  query: {
    status?: MarketCaseRow['status'] | undefined;
    q?: string | undefined;
    limit: number;
    offset: number;
  };
}) {
  return listRows(params.db, { unitPaths: scopesFor(params.actor, 'market_case.read'), ...params.query });
}

/** Shoppers' reports of suspected fakes in the provinces where the actor manages cases. */
export async function listSuspectedFakeReports(params: {
  db: Database;
  actor: Actor;
  query: { limit: number; offset: number };
}) {
  return listReportRows(params.db, {
    unitPaths: scopesFor(params.actor, 'market_case.manage'),
    ...params.query,
  });
}
