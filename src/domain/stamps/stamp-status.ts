/**
 * The life of a stamp (tem): active until deactivated (by its producer or the standing office,
 * e.g. a damaged print run) or reported (a shopper's report of a suspected fake under review).
 * A reported stamp can be cleared back to active or deactivated. The resolver's answer combines
 * the stamp's status with the live status of the product's certificate.
 */
import type { CertificateStatus } from '../evaluation/evaluation.types';
import { DomainError } from '../errors';

export const STAMP_STATUSES = ['active', 'deactivated', 'reported'] as const;
export type StampStatus = (typeof STAMP_STATUSES)[number];

export const STAMP_ACTIONS = ['deactivate', 'report', 'clear'] as const;
export type StampAction = (typeof STAMP_ACTIONS)[number];

export const ALLOWED_STAMP_ACTIONS_BY_STATUS = {
  active: ['deactivate', 'report'],
  reported: ['deactivate', 'clear'],
  deactivated: [],
} as const satisfies Record<StampStatus, readonly StampAction[]>;

const NEXT_STATUS = {
  deactivate: 'deactivated',
  report: 'reported',
  clear: 'active',
} as const satisfies Record<StampAction, StampStatus>;

export const STAMP_STATUS_LABELS = {
  active: { vi: 'Đang sử dụng', en: 'Active' },
  deactivated: { vi: 'Đã vô hiệu', en: 'Deactivated' },
  reported: { vi: 'Đang bị báo cáo nghi giả', en: 'Reported as a suspected fake' },
} as const satisfies Record<StampStatus, { vi: string; en: string }>;

/** The status after `action`, or `INVALID_TRANSITION`. */
export function nextStampStatus(status: StampStatus, action: StampAction): StampStatus {
  const allowed: readonly StampAction[] = ALLOWED_STAMP_ACTIONS_BY_STATUS[status];
  if (!allowed.includes(action))
    throw new DomainError(
      'INVALID_TRANSITION',
      `Tem đang ở trạng thái "${STAMP_STATUS_LABELS[status].vi}", không thể thực hiện thao tác này.`,
      `A stamp that is ${status} cannot be ${action === 'clear' ? 'cleared' : `${action}d`}.`,
    );
  return NEXT_STATUS[action];
}

/** What the resolver answers for one scan. */
export type ResolverOutcome =
  | { kind: 'ok'; httpStatus: 200 }
  | { kind: 'unregistered'; httpStatus: 200 }
  | { kind: 'gone'; httpStatus: 410; reason: 'stamp-deactivated' | 'certificate-revoked' };

/**
 * 410 Gone for a deactivated stamp or a revoked certificate (the reason says which); 200 with a
 * warning for an unknown serial of a known product and lot; 200 otherwise. An expired or
 * superseded certificate still answers 200: the page shows that status unmistakably.
 */
export function resolverOutcome(facts: {
  stampStatus: StampStatus | undefined;
  certificateStatus: CertificateStatus | undefined;
}): ResolverOutcome {
  if (facts.stampStatus === 'deactivated')
    return { kind: 'gone', httpStatus: 410, reason: 'stamp-deactivated' };
  if (facts.certificateStatus === 'revoked')
    return { kind: 'gone', httpStatus: 410, reason: 'certificate-revoked' };
  if (facts.stampStatus === undefined) return { kind: 'unregistered', httpStatus: 200 };
  return { kind: 'ok', httpStatus: 200 };
}

/** Orders are bounded: at least one stamp, at most this many per batch. */
export const MAX_STAMPS_PER_BATCH = 100_000;
