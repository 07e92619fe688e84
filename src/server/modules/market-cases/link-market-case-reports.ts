import type { LinkMarketCaseReportsInput } from '../../../contracts/market-cases.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateMarketCaseIf } from '../../../db/repositories/market-cases.repository';
import type { Actor } from '../../../domain/access/permissions';
import { linkSuspectedFakeReports } from './link-reports';
import { staleVersion } from '../../../domain/errors';
import { loadMarketCase } from './market-case-access';

/**
 * Links more suspected-fake reports to an open or investigated case (the reports become
 * "reviewed"). Audited; a stale `version` answers 409.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION (closed case), VALIDATION_FAILED, CONFLICT
 */
export async function linkMarketCaseReports(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  caseId: string;
  input: LinkMarketCaseReportsInput;
  now: Date;
}): Promise<void> {
  const { db, actor, input, now } = params;
  const found = await loadMarketCase(db, actor, params.caseId, 'link_report');
  await db.transaction(async (tx) => {
    if (!(await updateMarketCaseIf(tx, found.marketCase.id, input.version, {})))
      throw staleVersion('Vụ việc', 'case');
    const linked = await linkSuspectedFakeReports({
      db: tx,
      actor,
      caseId: found.marketCase.id,
      reportIds: input.reportIds,
      now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'market_case.reports_linked',
        entityType: 'market_case',
        entityId: found.marketCase.id,
        unitId: found.marketCase.unitId,
        after: { reportIds: linked },
      },
      now,
    );
  });
}
