import { staleVersion } from '../../../domain/errors';
import type { UpdateReportInput } from '../../../contracts/reports.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateReportIf } from '../../../db/repositories/reports.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionReport } from '../../../domain/reports/report-workflow';
import { reportForWrite } from './report-access';

/**
 * Saves the standing office's text (summary, trade promotion, difficulties, proposals) of a draft
 * or reopened report.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION (submitted: 409), CONFLICT (stale revision: 409).
 */
export async function updateReport(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  reportId: string;
  input: UpdateReportInput;
}): Promise<void> {
  const { db, now, input } = params;
  const { report } = await reportForWrite(db, params.actor, params.reportId);
  transitionReport(report.status, 'edit');
  if (report.revision !== input.revision) throw staleVersion('Báo cáo', 'report', 'revision');
  const narrative = { ...report.narrative, ...input.narrative };
  await db.transaction(async (tx) => {
    if (!(await updateReportIf(tx, report.id, report.revision, { narrative, updatedAt: now })))
      throw staleVersion('Báo cáo', 'report', 'revision');
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'report.edited',
        entityType: 'report',
        entityId: report.id,
        unitId: report.unitId,
        after: { fields: Object.keys(input.narrative) },
      },
      now,
    );
  });
}
