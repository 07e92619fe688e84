import { staleVersion } from '../../../domain/errors';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { insertReportVersion, updateReportIf } from '../../../db/repositories/reports.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionReport } from '../../../domain/reports/report-workflow';
import { reportForWrite } from './report-access';

/**
 * Submits the report to the level above: it is frozen from now on, and its figures and text are
 * stored as a new immutable version (1, 2, … after each reopening).
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION (already submitted: 409), CONFLICT (stale revision).
 */
export async function submitReport(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  reportId: string;
  revision: number;
}): Promise<void> {
  const { db, now, actor } = params;
  const { report } = await reportForWrite(db, actor, params.reportId);
  const status = transitionReport(report.status, 'submit');
  if (report.revision !== params.revision) throw staleVersion('Báo cáo', 'report', 'revision');
  const version = report.submittedVersion + 1;
  await db.transaction(async (tx) => {
    const isWritten = await updateReportIf(tx, report.id, report.revision, {
      status,
      submittedVersion: version,
      submittedAt: now,
      submittedBy: actor.accountId,
      updatedAt: now,
    });
    if (!isWritten) throw staleVersion('Báo cáo', 'report', 'revision');
    await insertReportVersion(tx, {
      reportId: report.id,
      version,
      figures: report.figures,
      narrative: report.narrative,
      submittedAt: now,
      submittedBy: actor.accountId,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'report.submitted',
        entityType: 'report',
        entityId: report.id,
        unitId: report.unitId,
        before: { status: report.status },
        after: { status, version },
      },
      now,
    );
  });
}
