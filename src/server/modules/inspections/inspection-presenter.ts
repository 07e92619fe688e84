import type { InspectionOutput } from '../../../contracts/inspections.contracts';
import type { InspectionWithNames } from '../../../db/repositories/inspections.repository';

/** An inspection as the API answers it; a producer sees its own records only (checked before). */
export function presentInspection(
  row: InspectionWithNames,
  revocationProposalId: string | null,
): InspectionOutput {
  const i = row.inspection;
  return {
    id: i.id,
    clientId: i.clientId,
    planId: i.planId,
    producerId: i.producerId,
    producerName: row.producerName,
    productId: i.productId,
    productName: row.productName,
    certificateId: i.certificateId,
    agency: i.agency,
    kind: i.kind,
    inspectedOn: i.inspectedOn,
    team: i.team,
    checklistVersion: i.checklistVersion,
    checklist: i.checklist,
    findings: i.findings,
    conclusion: i.conclusion,
    conclusionNote: i.conclusionNote,
    remedyDueOn: i.remedyDueOn,
    remedyAnswer: i.remedyAnswer
      ? { text: i.remedyAnswer.text, answeredAt: i.remedyAnswer.answeredAt }
      : null,
    revocationProposalId,
    attachments: i.attachments.map((a) => ({
      ...a,
      by: a.by ?? 'inspector',
      url: `/api/v1/inspections/${i.id}/attachments/${a.sha256}`,
    })),
    status: i.status,
    submittedAt: i.submittedAt?.toISOString() ?? null,
    closedAt: i.closedAt?.toISOString() ?? null,
    version: i.version,
  };
}
