import type { RecordPlanActualInput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { upsertPlanActual } from '../../../db/repositories/plans.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';
import { getCatalogue } from '../../../domain/programme/indicator-catalogue';
import { assertPlanAction, loadPlanForRead } from './plan-access';

/**
 * Records the actual value of an indicator the system does not compute, with a note and evidence
 * (replacing an earlier value). Computed indicators refuse hand-entered values.
 * @throws NOT_FOUND, FORBIDDEN, VALIDATION_FAILED (unknown or computed indicator)
 */
export async function recordPlanActual(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  planId: string;
  indicatorCode: string;
  input: RecordPlanActualInput;
  now: Date;
}): Promise<void> {
  const { db, actor, input, now } = params;
  const loaded = await loadPlanForRead(db, actor, params.planId);
  assertPlanAction(actor, 'plan.manage', loaded);
  const indicator = getCatalogue(loaded.plan.catalogueVersionId).indicators.find(
    (i) => i.code === params.indicatorCode,
  );
  if (!indicator || indicator.source.kind !== 'manual') {
    const vi = indicator
      ? 'Chỉ tiêu này do hệ thống tự tính từ dữ liệu, không nhập tay.'
      : `Không có chỉ tiêu "${params.indicatorCode}".`;
    const en = indicator
      ? 'This indicator is computed from the records; it is not entered by hand.'
      : `No indicator "${params.indicatorCode}".`;
    throw new DomainError('VALIDATION_FAILED', vi, en, [
      { field: 'indicatorCode', messageVi: vi, messageEn: en },
    ]);
  }
  await db.transaction(async (tx) => {
    await upsertPlanActual(tx, {
      planId: loaded.plan.id,
      indicatorCode: indicator.code,
      value: input.value,
      note: input.note,
      evidence: input.evidence,
      recordedBy: actor.accountId,
      recordedAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'plan.actual-recorded',
        entityType: 'ocop_plan',
        entityId: loaded.plan.id,
        unitId: loaded.plan.unitId,
        after: { indicatorCode: indicator.code, value: input.value, note: input.note },
      },
      now,
    );
  });
}
