import { staleVersion } from '../../../domain/errors';
import type { GenerateReportInput } from '../../../contracts/reports.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findReportOf,
  findUnitSummary,
  insertReport,
  updateReportIf,
} from '../../../db/repositories/reports.repository';
import type { Actor } from '../../../domain/access/permissions';
import { forbidden } from '../../../domain/errors';
import { transitionReport } from '../../../domain/reports/report-workflow';
import { computeReportFigures } from './compute-report-figures';
import { invalidField } from '../promotion/promotion-access';
import { writesReportOf } from './report-access';

const EMPTY_NARRATIVE = { summary: '', tradePromotion: '', difficulties: '', proposals: '' };

/**
 * Generates the unit's report of a period: creates the draft on first call, or counts the figures
 * again on a draft (or a reopened report) keeping the text written so far. Returns the report id.
 * @throws VALIDATION_FAILED (no such unit, the nation has no level above), FORBIDDEN (not the
 *   unit's own standing office), INVALID_TRANSITION (already submitted: 409), CONFLICT (a
 *   concurrent write).
 */
export async function generateReport(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  input: GenerateReportInput;
}): Promise<string> {
  const { db, actor, now, input } = params;
  const unit = await findUnitSummary(db, input.unitId);
  if (!unit) throw invalidField('unitId', 'Không có đơn vị này', 'No such unit');
  if (unit.level === 'nation')
    throw invalidField(
      'unitId',
      'Trung ương không có cấp trên để gửi báo cáo',
      'The nation has no level above to report to',
    );
  if (!writesReportOf(actor, unit.path)) throw forbidden();
  const existing = await findReportOf(db, input);
  if (existing) transitionReport(existing.report.status, 'edit');
  const figures = await computeReportFigures({
    db,
    actor,
    unit,
    year: input.year,
    period: input.period,
    now,
  });
  return db.transaction(async (tx) => {
    let id: string;
    if (existing) {
      id = existing.report.id;
      const isWritten = await updateReportIf(tx, id, existing.report.revision, {
        figures,
        generatedAt: now,
        updatedAt: now,
      });
      if (!isWritten) throw staleVersion('Báo cáo', 'report', 'revision');
    } else {
      id = (
        await insertReport(tx, {
          unitId: unit.id,
          year: input.year,
          period: input.period,
          figures,
          narrative: EMPTY_NARRATIVE,
          generatedAt: now,
          updatedAt: now,
          createdBy: actor.accountId,
        })
      ).id;
    }
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'report.generated',
        entityType: 'report',
        entityId: id,
        unitId: unit.id,
        after: {
          year: input.year,
          period: input.period,
          asOf: figures.asOf,
          certificates: figures.valid.total,
        },
      },
      now,
    );
    return id;
  });
}
