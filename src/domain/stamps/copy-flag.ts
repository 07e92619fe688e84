/**
 * The review of a "possible copy" flag (cờ nghi sao chép) by the standing office of the product's
 * province. A flag is raised by clone detection and never lifted automatically; the office
 * confirms it (the shopper's warning stays, whatever the signal) or dismisses it (the warning goes;
 * only scans after the dismissal can raise the flag again). A confirmation can still be withdrawn
 * by a dismissal; a dismissed flag is reviewed again once detection raises it anew.
 */
import { DomainError } from '../errors';

export const COPY_FLAG_STATES = ['none', 'open', 'confirmed', 'dismissed'] as const;
/** none: never flagged · open: flagged, awaiting review · confirmed / dismissed: reviewed. */
export type CopyFlagState = (typeof COPY_FLAG_STATES)[number];

export const COPY_FLAG_DECISIONS = ['confirm', 'dismiss'] as const;
export type CopyFlagDecision = (typeof COPY_FLAG_DECISIONS)[number];

export const ALLOWED_COPY_FLAG_DECISIONS_BY_STATE = {
  none: [],
  open: ['confirm', 'dismiss'],
  confirmed: ['dismiss'],
  dismissed: [],
} as const satisfies Record<CopyFlagState, readonly CopyFlagDecision[]>;

const NEXT_STATE = { confirm: 'confirmed', dismiss: 'dismissed' } as const satisfies Record<
  CopyFlagDecision,
  CopyFlagState
>;

export const COPY_FLAG_STATE_LABELS = {
  none: { vi: 'Không có cờ', en: 'Not flagged' },
  open: { vi: 'Nghi sao chép, chờ xem xét', en: 'Possible copy, awaiting review' },
  confirmed: { vi: 'Đã xác nhận sao chép', en: 'Copy confirmed' },
  dismissed: { vi: 'Đã bác bỏ cờ', en: 'Flag dismissed' },
} as const satisfies Record<CopyFlagState, { vi: string; en: string }>;

/** What a stamp row says about its flag. */
export interface CopyFlagFacts {
  isPossibleCopy: boolean;
  /** The office's last review of the current flag, if any. */
  copyReview: 'confirmed' | 'dismissed' | null;
  /** Detection saw many networks over several regions (see clone-detection.ts). */
  hasStrongCopySignal: boolean;
}

/** The flag's state from the stored facts. */
export function copyFlagStateOf(facts: CopyFlagFacts): CopyFlagState {
  if (facts.copyReview === 'dismissed') return 'dismissed';
  if (!facts.isPossibleCopy) return 'none';
  return facts.copyReview === 'confirmed' ? 'confirmed' : 'open';
}

/**
 * Whether shoppers see "possible copy" on the stamp page: a confirmed flag, or an open flag with a
 * strong signal. Never for a dismissed flag, never for volume from one network alone.
 */
export function showsPublicCopyWarning(facts: CopyFlagFacts): boolean {
  const state = copyFlagStateOf(facts);
  return state === 'confirmed' || (state === 'open' && facts.hasStrongCopySignal);
}

/** The state after the office's `decision`; `INVALID_TRANSITION` when the flag cannot take it. */
export function reviewCopyFlag(state: CopyFlagState, decision: CopyFlagDecision): CopyFlagState {
  const allowed: readonly CopyFlagDecision[] = ALLOWED_COPY_FLAG_DECISIONS_BY_STATE[state];
  if (!allowed.includes(decision))
    throw new DomainError(
      'INVALID_TRANSITION',
      `Cờ của tem đang ở trạng thái "${COPY_FLAG_STATE_LABELS[state].vi}", không thể ${decision === 'confirm' ? 'xác nhận' : 'bác bỏ'}.`,
      `A flag that is "${COPY_FLAG_STATE_LABELS[state].en}" cannot be ${decision === 'confirm' ? 'confirmed' : 'dismissed'}.`,
    );
  return NEXT_STATE[decision];
}
