import { describe, expect, it } from 'vitest';
import { councilSeatsOnMeetingDate, meetingForProduct } from './meeting-attendance';

const member = (
  memberId: string,
  role: 'chair' | 'vice_chair' | 'member' | 'secretary',
  removedAt: string | null = null,
  createdAt = '2026-01-01T00:00:00.000Z',
) => ({ memberId, role, createdAt, removedAt });

describe('the council on the meeting date', () => {
  it('counts voting seats not removed before the meeting day (Vietnam time) and not added after scoring closed', () => {
    const seats = councilSeatsOnMeetingDate(
      [
        member('chair', 'chair'),
        member('left-before', 'member', '2026-05-19T16:59:59.000Z'), // 23:59:59 on 19/05 in Vietnam
        member('left-on-the-day', 'member', '2026-05-19T17:00:00.000Z'), // 00:00 on 20/05 in Vietnam
        member('secretary', 'secretary'),
        member('added-after-closing', 'member', null, '2026-05-21T00:00:00.000Z'),
      ],
      { meetingOn: '2026-05-20', closedAt: '2026-05-20T10:00:00.000Z' },
    );
    expect(seats.map((s) => s.memberId)).toEqual(['chair', 'left-on-the-day']);
  });
});

describe('presence for one product', () => {
  const seats = [
    { memberId: 'c', role: 'chair' as const },
    { memberId: 'm1', role: 'member' as const },
    { memberId: 'm2', role: 'member' as const },
  ];
  const product = {
    abstainingMemberIds: new Set<string>(),
    submittedAt: new Map([['m1', '2026-05-20T03:00:00.000Z']]),
  };

  it('a member who left counts only for products submitted before leaving', () => {
    const attendance = [
      { memberId: 'c', isPresent: true, leftAt: null },
      { memberId: 'm1', isPresent: true, leftAt: '2026-05-20T04:00:00.000Z' }, // submitted at 03:00, left at 04:00
      { memberId: 'm2', isPresent: true, leftAt: '2026-05-20T02:00:00.000Z' }, // left before submitting
    ];
    const meeting = meetingForProduct({
      mode: 'meeting',
      seats,
      attendance,
      chairedBy: 'chair',
      activeMemberIds: new Set(),
      product,
    });
    expect(meeting.seats.map((s) => [s.memberId, s.isPresent])).toEqual([
      ['c', true],
      ['m1', true],
      ['m2', false],
    ]);
    expect(meeting).toMatchObject({ attendanceSource: 'recorded', chairedBy: 'chair' });
  });

  it('without a record, presence is read from who scored or declared in the round', () => {
    const meeting = meetingForProduct({
      mode: 'meeting',
      seats,
      attendance: [],
      chairedBy: 'chair',
      activeMemberIds: new Set(['c', 'm2']),
      product,
    });
    expect(meeting.seats.filter((s) => s.isPresent).map((s) => s.memberId)).toEqual(['c', 'm2']);
    expect(meeting).toMatchObject({ attendanceSource: 'derived-from-sheets', chairedBy: null });
  });

  it('written opinions: present = returned an opinion on this product', () => {
    const meeting = meetingForProduct({
      mode: 'written-opinion',
      seats,
      attendance: [],
      chairedBy: null,
      activeMemberIds: new Set(['c', 'm1', 'm2']),
      product,
    });
    expect(meeting.seats.filter((s) => s.isPresent).map((s) => s.memberId)).toEqual(['m1']);
  });
});
