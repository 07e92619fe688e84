/**
 * Certificates (giấy chứng nhận sản phẩm OCOP): the number scheme per issuing body and year,
 * the validity period from the pinned settings, and the status everybody sees — derived from
 * dates and recorded events, never stored. Pure.
 */
import { DomainError } from '../errors';
import type { CertificateStatus } from './evaluation.types';
import { addDays } from '../calendar/working-days';

/**
 * Number scheme: `<issuer code>-<year>-<sequence of 5 digits>`, e.g. `01-2026-00042` for the
 * 42nd certificate the Hà Nội People's Committee issued in 2026, `TW-2026-00003` for the ministry.
 * The issuer code is the administrative code of the issuing province, or `TW` for the nation.
 * The number never contains a slash, so it is a clean path segment of `/c/<number>`.
 */
export const CERTIFICATE_NUMBER_PATTERN = /^([A-Z0-9]{2,6})-(\d{4})-(\d{5,})$/;

export function formatCertificateNumber(issuerCode: string, year: number, sequence: number): string {
  if (
    !/^[A-Z0-9]{2,6}$/.test(issuerCode) ||
    !Number.isInteger(year) ||
    year < 2000 ||
    !Number.isInteger(sequence) ||
    sequence < 1
  )
    throw new DomainError(
      'VALIDATION_FAILED',
      'Không lập được số giấy chứng nhận.',
      'Cannot build a certificate number.',
    );
  return `${issuerCode}-${year}-${String(sequence).padStart(5, '0')}`;
}

/** Parts of a number, or undefined when it does not follow the scheme. */
export function parseCertificateNumber(
  number: string,
): { issuerCode: string; year: number; sequence: number } | undefined {
  const match = CERTIFICATE_NUMBER_PATTERN.exec(number);
  if (!match) return undefined;
  return { issuerCode: match[1]!, year: Number(match[2]), sequence: Number(match[3]) };
}

/** The issuer code of a unit: `TW` for the nation, its administrative code otherwise. */
export function issuerCodeOf(unit: { level: string; code: string }): string {
  return unit.level === 'nation'
    ? 'TW'
    : unit.code
        .toUpperCase()
        .replace(/[^A-Z0-9]/g, '')
        .slice(0, 6);
}

/**
 * Last day of validity: `months` after the issue date, minus one day (issued 2026-01-15 for 36
 * months → valid through 2029-01-14). A day past the end of a shorter month clamps to its last day.
 */
export function computeValidUntil(issuedOn: string, months: number): string {
  const [y, m, d] = issuedOn.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const anniversary = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
  return addDays(anniversary, -1);
}

/** The events a certificate status depends on. */
export interface CertificateFacts {
  validUntil: string;
  revokedOn: string | null;
  /** Set when an upgrade or a correction replaced it. */
  supersededOn: string | null;
  /** Set when a failed re-evaluation ended it early (on the decision date). */
  endedOn?: string | null;
}

/**
 * Status on `today`: revoked beats superseded beats expired beats valid — a revoked certificate
 * stays revoked after its end date, and a replaced one points to its successor.
 */
export function deriveCertificateStatus(facts: CertificateFacts, today: string): CertificateStatus {
  if (facts.revokedOn !== null && facts.revokedOn <= today) return 'revoked';
  if (facts.supersededOn !== null && facts.supersededOn <= today) return 'superseded';
  if (today > facts.validUntil) return 'expired';
  if (facts.endedOn != null && facts.endedOn <= today) return 'expired';
  return 'valid';
}

/** Whether the expiry notice to the producer is due (from `noticeDays` before the end date). */
export function isExpiryNoticeDue(facts: CertificateFacts, today: string, noticeDays: number): boolean {
  return deriveCertificateStatus(facts, today) === 'valid' && today >= addDays(facts.validUntil, -noticeDays);
}
