import type { SubmitInspectionInput } from '../../../contracts/inspections.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateInspectionIf } from '../../../db/repositories/inspections.repository';
import { findCertificateForRevocation } from '../../../db/repositories/revocations.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError, type FieldProblem } from '../../../domain/errors';
import { findChecklistVersion } from '../../../domain/inspection/inspection-checklist';
import { assertInspectionAction, statusAfterConclusion } from '../../../domain/inspection/inspection-status';
import { createProposal } from '../revocations/create-proposal';
import { loadInspection } from './inspection-access';

function problem(field: string, messageVi: string, messageEn: string): FieldProblem {
  return { field, messageVi, messageEn };
}

/** The input's problems: unanswered or unknown checklist items, a missing remedy date or ground. */
function problemsOf(
  input: SubmitInspectionInput,
  checklistVersion: string,
  inspectedOn: string,
): FieldProblem[] {
  const items = findChecklistVersion(checklistVersion)?.items ?? [];
  const codes = new Set(items.map((i) => i.code));
  const problems: FieldProblem[] = [];
  for (const item of items)
    if (!input.checklist[item.code])
      problems.push(
        problem(`checklist.${item.code}`, `Chưa đánh giá: ${item.vi}.`, `Not answered: ${item.en}.`),
      );
  for (const code of Object.keys(input.checklist))
    if (!codes.has(code))
      problems.push(problem(`checklist.${code}`, 'Mục không có trong danh mục.', 'Unknown item.'));
  input.findings.forEach((f, i) => {
    if (f.itemCode !== null && !codes.has(f.itemCode))
      problems.push(problem(`findings.${i}.itemCode`, 'Mục không có trong danh mục.', 'Unknown item.'));
  });
  if (input.conclusion === 'must_remedy' && (!input.remedyDueOn || input.remedyDueOn <= inspectedOn))
    problems.push(
      problem(
        'remedyDueOn',
        'Ghi hạn khắc phục sau ngày kiểm tra.',
        'Give a remedy date after the inspection.',
      ),
    );
  if (input.conclusion !== 'compliant' && input.findings.length === 0)
    problems.push(problem('findings', 'Ghi ít nhất một phát hiện.', 'Record at least one finding.'));
  if (input.conclusion === 'propose_revocation' && !input.revocationGroundCode)
    problems.push(
      problem('revocationGroundCode', 'Chọn căn cứ đề nghị thu hồi.', 'Choose the revocation ground.'),
    );
  return problems;
}

/**
 * The inspector submits the record with every checklist item, the findings (with severity) and the
 * conclusion: compliant (closed), must remedy by a date (the producer answers), or propose
 * revocation (a revocation proposal of the product's certificate is written in the same transaction).
 * @throws NOT_FOUND, FORBIDDEN (another agency), INVALID_TRANSITION, VALIDATION_FAILED, CONFLICT
 */
export async function submitInspection(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  inspectionId: string;
  input: SubmitInspectionInput;
  now: Date;
}) {
  const { db, actor, input, now } = params;
  const found = await loadInspection(db, actor, params.inspectionId, 'inspection.record');
  const i = found.inspection;
  assertInspectionAction(i.status, 'submit');
  const problems = problemsOf(input, i.checklistVersion, i.inspectedOn);
  if (input.conclusion === 'propose_revocation' && !i.certificateId)
    problems.push(
      problem(
        'conclusion',
        'Sản phẩm không có giấy chứng nhận còn hiệu lực.',
        'The product has no certificate in force.',
      ),
    );
  if (problems.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      `Biên bản chưa hợp lệ (${problems.length} mục): ${problems[0]!.messageVi}`,
      `The record is not complete (${problems.length} items): ${problems[0]!.messageEn}`,
      problems,
    );
  const status = statusAfterConclusion(input.conclusion);
  return db.transaction(async (tx) => {
    const row = await updateInspectionIf(tx, i.id, input.version, {
      checklist: input.checklist,
      findings: input.findings,
      conclusion: input.conclusion,
      conclusionNote: input.conclusionNote,
      remedyDueOn: input.conclusion === 'must_remedy' ? input.remedyDueOn! : null,
      revocationGroundCode: input.conclusion === 'propose_revocation' ? input.revocationGroundCode! : null,
      status,
      submittedAt: now,
      closedAt: status === 'closed' ? now : null,
    });
    if (!row)
      throw new DomainError('CONFLICT', 'Biên bản vừa thay đổi; hãy tải lại.', 'The record changed; reload.');
    if (input.conclusion === 'propose_revocation') {
      const target = (await findCertificateForRevocation(tx, i.certificateId!))!;
      await createProposal({
        tx,
        audit: params.audit,
        target,
        source: 'inspection',
        groundCode: input.revocationGroundCode!,
        groundText: input.revocationGroundText,
        inspectionId: i.id,
        accountId: actor.accountId,
        now,
      });
    }
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'inspection.submitted',
        entityType: 'inspection',
        entityId: i.id,
        unitId: i.unitId,
        before: { status: i.status },
        after: { status, conclusion: input.conclusion, findings: input.findings.length },
      },
      now,
    );
    return row;
  });
}
