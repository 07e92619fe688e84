import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateInspectionIf, type InspectionRow } from '../../../db/repositories/inspections.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';
import { assertInspectionAction, type InspectionAction } from '../../../domain/inspection/inspection-status';
import { loadInspection } from './inspection-access';

const STEPS = {
  answer_remedy: {
    permission: 'inspection.remedy',
    to: 'remedy_answered',
    audit: 'inspection.remedy_answered',
  },
  close: { permission: 'inspection.record', to: 'closed', audit: 'inspection.closed' },
  reopen_remedy: {
    permission: 'inspection.record',
    to: 'awaiting_remedy',
    audit: 'inspection.remedy_returned',
  },
} as const satisfies Partial<Record<InspectionAction, object>>;

/**
 * After a "must remedy" conclusion: the producer answers with what it did (answer_remedy); the
 * inspector of the agency closes the record or sends the answer back (reopen_remedy).
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT
 */
export async function followUpInspection(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  inspectionId: string;
  step: keyof typeof STEPS;
  input: { version: number; text?: string; note?: string };
  now: Date;
}) {
  const { db, actor, input, now } = params;
  const step = STEPS[params.step];
  const found = await loadInspection(db, actor, params.inspectionId, step.permission);
  const i = found.inspection;
  assertInspectionAction(i.status, params.step);
  const values: Partial<InspectionRow> = { status: step.to };
  if (params.step === 'answer_remedy')
    values.remedyAnswer = {
      text: input.text ?? '',
      attachments: [],
      answeredAt: now.toISOString(),
      byAccountId: actor.accountId,
    };
  if (params.step === 'close') {
    values.closedAt = now;
    if (input.note) values.conclusionNote = [i.conclusionNote, input.note].filter(Boolean).join('\n');
  }
  return db.transaction(async (tx) => {
    const row = await updateInspectionIf(tx, i.id, input.version, values);
    if (!row)
      throw new DomainError('CONFLICT', 'Biên bản vừa thay đổi; hãy tải lại.', 'The record changed; reload.');
    await appendAudit(
      tx,
      params.audit,
      {
        action: step.audit,
        entityType: 'inspection',
        entityId: i.id,
        unitId: i.unitId,
        before: { status: i.status },
        after: { status: step.to },
      },
      now,
    );
    return row;
  });
}
