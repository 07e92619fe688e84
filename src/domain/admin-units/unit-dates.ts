import type { IsoDate } from './admin-unit.types';

/** The day the two-tier local government took effect (Resolution 202/2025/QH15: 34 provinces). */
export const REFORM_2025_DATE: IsoDate = '2025-07-01';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The previous calendar day: the last day of a unit that a reform on `date` replaced. */
export function dayBefore(date: IsoDate): IsoDate {
  const time = new Date(`${date}T00:00:00Z`).getTime() - 24 * 60 * 60 * 1000;
  return new Date(time).toISOString().slice(0, 10);
}

/** The calendar date (UTC) of an instant, as the API and the database write it. */
export function toIsoDate(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

/** True when a unit valid over [validFrom, validTo] is in force on `asOf` (bounds inclusive). */
export function isInForce(unit: { validFrom: IsoDate; validTo: IsoDate | null }, asOf: IsoDate): boolean {
  return unit.validFrom <= asOf && (unit.validTo === null || unit.validTo >= asOf);
}

/** True when two validity intervals share at least one day. */
export function validityOverlaps(
  a: { validFrom: IsoDate; validTo: IsoDate | null },
  b: { validFrom: IsoDate; validTo: IsoDate | null },
): boolean {
  return (a.validTo === null || a.validTo >= b.validFrom) && (b.validTo === null || b.validTo >= a.validFrom);
}

/**
 * The release date written in a reference file's name (`units-2025-07-01-two-tier.json` →
 * `2025-07-01`), or `undefined` when the name carries none.
 */
export function dateInFileName(fileName: string): IsoDate | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const match = /(\d{4}-\d{2}-\d{2})/.exec(base);
  return match && isIsoDate(match[1]!) ? match[1] : undefined;
}
