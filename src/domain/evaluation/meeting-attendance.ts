/**
 * Điểm danh — from the council's membership and a meeting's attendance to the seats of one
 * product's quorum (`meeting-quorum.ts`). Pure: timestamps are ISO strings (`toISOString()`).
 */
import type {
  AttendanceSource,
  EvaluationMode,
  MeetingQuorumInput,
  PresidingRole,
  SeatAtMeeting,
} from './meeting-quorum';
import type { CouncilMemberRole } from './evaluation.types';

export interface CouncilMembership {
  memberId: string;
  role: CouncilMemberRole;
  /** When the row was entered (ISO timestamp). */
  createdAt: string;
  /** When the member left the council (ISO timestamp); null = still a member. */
  removedAt: string | null;
}

/** One member's attendance as recorded by the standing office. */
export interface AttendanceRecord {
  memberId: string;
  isPresent: boolean;
  /** Left during the meeting (ISO timestamp): counted only for products submitted before. */
  leftAt: string | null;
}

/**
 * The voting seats of the council on the meeting date: chair, vice-chairs and members not removed
 * before the meeting day started (Vietnam time) and, once scoring is closed, entered before it
 * closed. Secretaries and advisors never count.
 */
export function councilSeatsOnMeetingDate(
  members: readonly CouncilMembership[],
  meeting: { meetingOn: string; closedAt: string | null },
): { memberId: string; role: 'chair' | 'vice_chair' | 'member' }[] {
  const dayStart = new Date(`${meeting.meetingOn}T00:00:00+07:00`).toISOString();
  return members.flatMap((m) => {
    if (m.role !== 'chair' && m.role !== 'vice_chair' && m.role !== 'member') return [];
    if (m.removedAt !== null && m.removedAt < dayStart) return [];
    if (meeting.closedAt !== null && m.createdAt > meeting.closedAt) return [];
    return [{ memberId: m.memberId, role: m.role }];
  });
}

export interface ProductActivity {
  /** Members who declared a conflict on this product. */
  abstainingMemberIds: ReadonlySet<string>;
  /** Submission time (ISO) of each member's current submitted sheet for this product. */
  submittedAt: ReadonlyMap<string, string>;
}

/**
 * The quorum input of one product. Meeting with recorded attendance: present = recorded present
 * and, for a member who left, submitted this product before leaving. Meeting without records:
 * present = members who submitted a sheet or declared on any product of the round
 * (`activeMemberIds`). Written opinions: present = returned an opinion (a submitted sheet) on
 * this product.
 */
export function meetingForProduct(input: {
  mode: EvaluationMode;
  seats: readonly { memberId: string; role: 'chair' | 'vice_chair' | 'member' }[];
  attendance: readonly AttendanceRecord[];
  chairedBy: PresidingRole | null;
  activeMemberIds: ReadonlySet<string>;
  product: ProductActivity;
}): MeetingQuorumInput {
  const isRecorded = input.attendance.length > 0 && input.mode === 'meeting';
  const recordOf = new Map(input.attendance.map((a) => [a.memberId, a]));
  const isPresent = (memberId: string): boolean => {
    if (input.mode === 'written-opinion') return input.product.submittedAt.has(memberId);
    if (!isRecorded) return input.activeMemberIds.has(memberId);
    const record = recordOf.get(memberId);
    if (!record?.isPresent) return false;
    if (record.leftAt === null) return true;
    const submitted = input.product.submittedAt.get(memberId);
    return submitted !== undefined && submitted <= record.leftAt;
  };
  const seats: SeatAtMeeting[] = input.seats.map((s) => ({
    memberId: s.memberId,
    role: s.role,
    isPresent: isPresent(s.memberId),
    hasAbstained: input.product.abstainingMemberIds.has(s.memberId),
  }));
  const attendanceSource: AttendanceSource =
    isRecorded || input.mode === 'written-opinion' ? 'recorded' : 'derived-from-sheets';
  return { mode: input.mode, seats, chairedBy: isRecorded ? input.chairedBy : null, attendanceSource };
}
