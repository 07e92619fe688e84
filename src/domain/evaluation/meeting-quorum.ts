/**
 * Túc số — quorum of a council meeting for one product, counted against the council's
 * membership on the meeting date (OCOP.md §6): at least the configured share of the council's
 * voting members present, the chair — or a vice-chair chairing in the chair's place — among them.
 * For a re-evaluation by written opinions (lấy ý kiến bằng văn bản) the share is that of the
 * members who returned an opinion, and nobody chairs. Pure.
 */
import type { QuorumRule } from '../rubric/council-settings';
import { checkQuorum, requiredQuorumCount, type QuorumResult } from '../rubric/round-aggregate';

/** How the council evaluates: a meeting, or written opinions collected from every member. */
export const EVALUATION_MODES = ['meeting', 'written-opinion'] as const;
export type EvaluationMode = (typeof EVALUATION_MODES)[number];

/** Who may chair a meeting. */
export const PRESIDING_ROLES = ['chair', 'vice_chair'] as const;
export type PresidingRole = (typeof PRESIDING_ROLES)[number];

/** Where the attendance came from: recorded by the standing office, or read from the sheets. */
export const ATTENDANCE_SOURCES = ['recorded', 'derived-from-sheets'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

/** A voting seat of the council on the meeting date and what its holder did for this product. */
export interface SeatAtMeeting {
  memberId: string;
  role: 'chair' | 'vice_chair' | 'member';
  /** Present for this product (meeting) or returned an opinion on it (written opinions). */
  isPresent: boolean;
  /** Declared a conflict of interest on this product (does not score it). */
  hasAbstained: boolean;
}

export interface MeetingQuorumInput {
  mode: EvaluationMode;
  /** Every voting member of the council on the meeting date. */
  seats: readonly SeatAtMeeting[];
  /** Who chaired the meeting; null when not recorded (then the chair if present, else a vice-chair). */
  chairedBy: PresidingRole | null;
  attendanceSource: AttendanceSource;
}

export interface MeetingQuorum extends QuorumResult {
  mode: EvaluationMode;
  /** Who chaired this product's discussion; null when nobody entitled to was present. */
  chairedBy: PresidingRole | null;
  attendanceSource: AttendanceSource;
  /** The rule as applied, e.g. "Cần ít nhất 8/11 thành viên có mặt (75 %), có chủ tịch hoặc phó chủ tịch chủ trì; …". */
  readingVi: string;
  readingEn: string;
}

function presidingOf(
  input: MeetingQuorumInput,
  counts: (seat: SeatAtMeeting) => boolean,
): PresidingRole | null {
  const isHere = (role: PresidingRole) => input.seats.some((s) => s.role === role && counts(s));
  if (input.chairedBy !== null) {
    if (isHere(input.chairedBy)) return input.chairedBy;
    // The chair present but abstaining on this product hands this item to a vice-chair.
    return input.chairedBy === 'chair' && isHere('vice_chair') ? 'vice_chair' : null;
  }
  if (isHere('chair')) return 'chair';
  return isHere('vice_chair') ? 'vice_chair' : null;
}

/**
 * The rule in words, for the score sheet, the chair's view and the CLI: the members required out
 * of the council and the share it comes from ("Cần ít nhất 7/9 thành viên có mặt (75 %)"), never
 * the rounding formula — officials read the count, the settings page explains the rounding.
 */
export function describeQuorumRule(
  rule: QuorumRule,
  councilSize: number,
  mode: EvaluationMode,
): { vi: string; en: string } {
  const required = requiredQuorumCount(councilSize, rule);
  const share = `${rule.minPresentPercent} %`;
  if (mode === 'written-opinion')
    return {
      vi: `Lấy ý kiến bằng văn bản: cần ít nhất ${required}/${councilSize} thành viên gửi ý kiến (${share}).`,
      en: `Written opinions: at least ${required} of ${councilSize} members must return an opinion (${share}).`,
    };
  const abstainVi = rule.abstentionsCountAsPresent
    ? 'người không chấm vì xung đột lợi ích vẫn tính là có mặt'
    : 'người không chấm vì xung đột lợi ích không tính là có mặt';
  const abstainEn = rule.abstentionsCountAsPresent
    ? 'abstaining members count as present'
    : 'abstaining members do not count as present';
  return {
    vi: `Cần ít nhất ${required}/${councilSize} thành viên có mặt (${share})${rule.requireChair ? ', có chủ tịch hoặc phó chủ tịch chủ trì' : ''}; ${abstainVi}.`,
    en: `At least ${required} of ${councilSize} members must be present (${share})${rule.requireChair ? ', the chair or a vice-chair chairing' : ''}; ${abstainEn}.`,
  };
}

/**
 * Quorum of one product. Meeting: present = seats present (abstainers only when
 * `rule.abstentionsCountAsPresent`); the chair, or a vice-chair chairing, must be one of them
 * when `rule.requireChair`. Written opinions: present = members who returned an opinion; no chair
 * rule.
 */
export function checkMeetingQuorum(input: MeetingQuorumInput, rule: QuorumRule): MeetingQuorum {
  const counts = (s: SeatAtMeeting) => s.isPresent && (rule.abstentionsCountAsPresent || !s.hasAbstained);
  const isWritten = input.mode === 'written-opinion';
  const chairedBy = isWritten ? null : presidingOf(input, counts);
  const result = checkQuorum(
    {
      councilSize: input.seats.length,
      presentCount: input.seats.filter(counts).length,
      isChairPresent: chairedBy !== null,
    },
    isWritten ? { ...rule, requireChair: false } : rule,
  );
  const reading = describeQuorumRule(rule, input.seats.length, input.mode);
  return {
    ...result,
    mode: input.mode,
    chairedBy,
    attendanceSource: input.attendanceSource,
    readingVi: reading.vi,
    readingEn: reading.en,
  };
}
