/**
 * Hết hạn giấy chứng nhận — when a certificate's expiry notice is due and when it has expired
 * (OCOP.md §8: 36 months of validity, the producer is told 30 days before by law; the notice
 * period is a province setting, effective-dated, see council-settings.ts). Pure, ISO dates.
 */
import { addDays } from '../calendar/working-days';

/** What the daily jobs read about a certificate. */
export interface ExpiryFacts {
  validUntil: string;
  revokedOn: string | null;
  supersededOn: string | null;
  /** Ended early by a failed re-evaluation. */
  endedOn: string | null;
}

/** The first day the expiry notice is due: `noticeDays` calendar days before the last valid day. */
export function expiryNoticeDayOf(validUntil: string, noticeDays: number): string {
  return addDays(validUntil, -noticeDays);
}

/** The first day a certificate is expired: the day after its last valid day. */
export function firstExpiredDayOf(validUntil: string): string {
  return addDays(validUntil, 1);
}

/** Whether something else ended the certificate by `today` (then neither notice nor expiry apply). */
function hasEndedOtherwise(facts: ExpiryFacts, today: string): boolean {
  return (
    (facts.revokedOn !== null && facts.revokedOn <= today) ||
    (facts.supersededOn !== null && facts.supersededOn <= today) ||
    (facts.endedOn !== null && facts.endedOn <= today)
  );
}

/**
 * Whether the expiry notice is due on `today`: from the notice day through the last valid day, for
 * a certificate still in force. A job that missed days still sends it (once) on a later day.
 */
export function isExpiryNoticeDueOn(facts: ExpiryFacts, today: string, noticeDays: number): boolean {
  if (hasEndedOtherwise(facts, today)) return false;
  return today >= expiryNoticeDayOf(facts.validUntil, noticeDays) && today <= facts.validUntil;
}

/** Whether the certificate lapsed by its end date on or before `today` (not revoked, replaced or ended first). */
export function hasLapsedOn(facts: ExpiryFacts, today: string): boolean {
  if (hasEndedOtherwise(facts, today)) return false;
  return today >= firstExpiredDayOf(facts.validUntil);
}

/** Whole days from `today` to the last valid day (negative once expired). */
export function daysUntilExpiry(validUntil: string, today: string): number {
  return Math.round((Date.parse(`${validUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
