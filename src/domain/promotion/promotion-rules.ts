import { DomainError } from '../errors';

/** Where an event stands on a given day (Vietnam date, `YYYY-MM-DD`). */
export type EventPhase = 'upcoming' | 'ongoing' | 'past';

/** `upcoming` before its first day, `ongoing` through its last day, then `past`. */
export function eventPhase(event: { startsOn: string; endsOn: string }, today: string): EventPhase {
  if (today < event.startsOn) return 'upcoming';
  if (today <= event.endsOn) return 'ongoing';
  return 'past';
}

/**
 * Results (sales, visitors, contracts) describe what happened: they may be recorded once the event
 * has started, never for an event still to come.
 * @throws DomainError INVALID_TRANSITION before the event's first day.
 */
export function assertResultsMayBeRecorded(event: { startsOn: string; endsOn: string }, today: string): void {
  if (eventPhase(event, today) !== 'upcoming') return;
  throw new DomainError(
    'INVALID_TRANSITION',
    'Chưa thể ghi kết quả: sự kiện chưa diễn ra.',
    'Results cannot be recorded before the event starts.',
    [
      {
        field: 'salesVnd',
        messageVi: 'Sự kiện bắt đầu ngày ' + event.startsOn,
        messageEn: `The event starts on ${event.startsOn}`,
      },
    ],
  );
}

/**
 * Mainland Vietnam and its islands lie within this box (WGS 84); coordinates outside it are a
 * typing mistake (swapped latitude and longitude, a missing minus sign).
 */
export const VIETNAM_BOUNDS = {
  minLatitude: 8,
  maxLatitude: 24,
  minLongitude: 102,
  maxLongitude: 118,
} as const;

/** True when a point lies within {@link VIETNAM_BOUNDS}. */
export function isInsideVietnam(latitude: number, longitude: number): boolean {
  const b = VIETNAM_BOUNDS;
  return (
    latitude >= b.minLatitude &&
    latitude <= b.maxLatitude &&
    longitude >= b.minLongitude &&
    longitude <= b.maxLongitude
  );
}

/** The Vietnam calendar year of a `YYYY-MM-DD` date. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** The date in Vietnam (UTC+7 all year) at the instant `now`, as `YYYY-MM-DD`. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
