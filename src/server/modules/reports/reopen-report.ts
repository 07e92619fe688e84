import { staleVersion } from '../../../domain/errors';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateReportIf } from '../../../db/repositories/reports.repository';
import type { Actor } from '../../../domain/access/permissions';
import { forbidden } from '../../../domain/errors';
import { transitionReport } from '../../../domain/reports/report-workflow';
import { reopensReportOf, reportForRead } from './report-access';

/**
 * The level above sends a submitted report back for correction, with a reason kept in the audit
 * log. The submitted versions stay as they were; the unit may edit and submit again.
 * @throws NOT_FOUND, FORBIDDEN (the unit itself, or a level that is not above it),
 *   INVALID_TRANSITION (not submitted: 409).
 */
export async function reopenReport(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  reportId: string;
  reason: string;
}): Promise<void> {
  const { db, now, actor } = params;
  const { report, unitPath } = await reportForRead(db, actor, params.reportId);
  if (!reopensReportOf(actor, unitPath)) throw forbidden();
  const status = transitionReport(report.status, 'reopen');
  await db.transaction(async (tx) => {
    const isWritten = await updateReportIf(tx, report.id, report.revision, {
      status,
      reopenedAt: now,
      reopenedBy: actor.accountId,
      reopenReason: params.reason,
      updatedAt: now,
    });
    if (!isWritten) throw staleVersion('Báo cáo', 'report', 'revision');
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'report.reopened',
        entityType: 'report',
        entityId: report.id,
        unitId: report.unitId,
        before: { status: report.status, version: report.submittedVersion },
        after: { status, reason: params.reason },
      },
      now,
    );
  });
}
