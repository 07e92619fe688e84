/**
 * Re-evaluation (đánh giá lại, OCOP.md §8): a certified product is re-evaluated before its
 * certificate ends, with Biểu 1 and an updated Biểu 2 covering the last three years. Pure.
 */
import { addDays } from '../calendar/working-days';

/** Days before the end date from which a re-evaluation dossier may be opened (default). */
export const DEFAULT_RE_EVALUATION_WINDOW_DAYS = 180;

/** Kết quả sau 3 năm — what changed since the certificate; an on-site check when one was made. */
export interface ReEvaluationSection {
  rawMaterials: string;
  market: string;
  qualityDeclarations: string;
  changes: string;
  /** Biên bản kiểm tra thực tế, when the office checked on site. */
  onSiteCheck: { checkedOn: string; checkedBy: string; findings: string } | null;
}

export function emptyReEvaluationSection(): ReEvaluationSection {
  return { rawMaterials: '', market: '', qualityDeclarations: '', changes: '', onSiteCheck: null };
}

/** The first day a re-evaluation may be opened for a certificate ending on `validUntil`. */
export function reEvaluationOpensOn(validUntil: string, windowDays: number): string {
  return addDays(validUntil, -windowDays);
}

/**
 * Whether a re-evaluation may be opened on `today`: the product holds a valid certificate and
 * today is within `windowDays` of its end date.
 */
export function checkReEvaluationWindow(params: {
  held: { validUntil: string } | undefined;
  today: string;
  windowDays: number;
}): { isOpen: true } | { isOpen: false; reason: 'no-certificate' | 'too-early'; opensOn?: string } {
  if (!params.held) return { isOpen: false, reason: 'no-certificate' };
  const opensOn = reEvaluationOpensOn(params.held.validUntil, params.windowDays);
  if (params.today < opensOn) return { isOpen: false, reason: 'too-early', opensOn };
  return { isOpen: true };
}
