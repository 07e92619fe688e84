import { DomainError } from '../errors';

/**
 * An inspection record (biên bản kiểm tra) as a table: recorded as a draft (on a tablet, maybe
 * offline), submitted with findings and a conclusion. "Compliant" closes it; "must remedy" waits
 * for the producer's answer, which the inspector closes (or sends back); "propose revocation"
 * hands it to the revocation workflow.
 */
export const INSPECTION_STATUSES = [
  'draft',
  'awaiting_remedy',
  'remedy_answered',
  'closed',
  'revocation_proposed',
] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const INSPECTION_STATUS_LABELS = {
  draft: { vi: 'Đang lập biên bản', en: 'Draft' },
  awaiting_remedy: { vi: 'Chờ chủ thể khắc phục', en: 'Awaiting remedy' },
  remedy_answered: { vi: 'Chủ thể đã báo cáo khắc phục', en: 'Remedy reported' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  revocation_proposed: { vi: 'Đã đề nghị thu hồi', en: 'Revocation proposed' },
} as const satisfies Record<InspectionStatus, { vi: string; en: string }>;

export const INSPECTION_CONCLUSIONS = ['compliant', 'must_remedy', 'propose_revocation'] as const;
export type InspectionConclusion = (typeof INSPECTION_CONCLUSIONS)[number];

export const INSPECTION_CONCLUSION_LABELS = {
  compliant: { vi: 'Đạt yêu cầu', en: 'Compliant' },
  must_remedy: { vi: 'Phải khắc phục', en: 'Must remedy' },
  propose_revocation: { vi: 'Đề nghị thu hồi', en: 'Propose revocation' },
} as const satisfies Record<InspectionConclusion, { vi: string; en: string }>;

export const INSPECTION_ACTIONS = ['edit', 'submit', 'answer_remedy', 'close', 'reopen_remedy'] as const;
export type InspectionAction = (typeof INSPECTION_ACTIONS)[number];

/** Actions allowed in each status. */
export const INSPECTION_ACTIONS_BY_STATUS = {
  draft: ['edit', 'submit'],
  awaiting_remedy: ['answer_remedy'],
  remedy_answered: ['close', 'reopen_remedy'],
  closed: [],
  revocation_proposed: [],
} as const satisfies Record<InspectionStatus, readonly InspectionAction[]>;

/** Where submitting with a conclusion leads. */
export function statusAfterConclusion(conclusion: InspectionConclusion): InspectionStatus {
  switch (conclusion) {
    case 'compliant':
      return 'closed';
    case 'must_remedy':
      return 'awaiting_remedy';
    case 'propose_revocation':
      return 'revocation_proposed';
  }
}

export function canInspectionDo(status: InspectionStatus, action: InspectionAction): boolean {
  return (INSPECTION_ACTIONS_BY_STATUS[status] as readonly InspectionAction[]).includes(action);
}

/** Throws INVALID_TRANSITION when `action` is not allowed in `status`. */
export function assertInspectionAction(status: InspectionStatus, action: InspectionAction): void {
  if (!canInspectionDo(status, action))
    throw new DomainError(
      'INVALID_TRANSITION',
      `Biên bản kiểm tra đang ở trạng thái "${INSPECTION_STATUS_LABELS[status].vi}", không thể thực hiện thao tác này.`,
      `This action is not allowed on an inspection that is ${INSPECTION_STATUS_LABELS[status].en.toLowerCase()}.`,
    );
}
