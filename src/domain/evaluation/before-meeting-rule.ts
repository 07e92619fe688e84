/**
 * Closing scoring and adopting results are the council meeting's business: before the round's
 * meeting date (Vietnam's calendar day) the chair may do either only by giving a reason, which is
 * audited. Pure: `today` is passed in.
 */
import { DomainError } from '../errors';

export type MeetingDayAction = 'close_scoring' | 'adopt';

const ACTION_LABELS = {
  close_scoring: { vi: 'kết thúc chấm điểm', en: 'close scoring' },
  adopt: { vi: 'thông qua kết quả', en: 'adopt the results' },
} as const satisfies Record<MeetingDayAction, { vi: string; en: string }>;

const vnDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** True when `today` (yyyy-MM-dd in Vietnam) is before the meeting day. */
export function isBeforeMeetingDay(meetingOn: string, today: string): boolean {
  return today < meetingOn;
}

/**
 * The reason to record for an early close or adoption, or null when it is not early.
 * @throws DomainError OVERRIDE_REQUIRED (`extra.meetingOn`) when it is early and no reason is given.
 */
export function earlyActionReason(params: {
  action: MeetingDayAction;
  meetingOn: string;
  today: string;
  reason: string | undefined;
}): string | null {
  if (!isBeforeMeetingDay(params.meetingOn, params.today)) return null;
  const reason = params.reason?.trim();
  if (reason) return reason;
  const label = ACTION_LABELS[params.action];
  throw new DomainError(
    'OVERRIDE_REQUIRED',
    `Chưa đến ngày họp hội đồng (${vnDate(params.meetingOn)}): chỉ ${label.vi} trước ngày họp khi chủ tịch hội đồng ghi rõ lý do.`,
    `The council meets on ${vnDate(params.meetingOn)}: to ${label.en} before then, the chair must give a reason.`,
    [{ field: 'reason', messageVi: 'Ghi rõ lý do', messageEn: 'Give a reason' }],
    { meetingOn: params.meetingOn },
  );
}
