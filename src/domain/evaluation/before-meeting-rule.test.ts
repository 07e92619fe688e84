import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { earlyActionReason } from './before-meeting-rule';

describe('closing or adopting before the meeting day', () => {
  it.each([
    { today: '2026-05-19', reason: undefined, expected: 'refused' },
    { today: '2026-05-19', reason: '   ', expected: 'refused' },
    { today: '2026-05-19', reason: ' Họp sớm ', expected: 'Họp sớm' },
    { today: '2026-05-20', reason: undefined, expected: null },
    { today: '2026-05-21', reason: 'không cần', expected: null },
  ])('on $today with reason "$reason": $expected', ({ today, reason, expected }) => {
    const run = () => earlyActionReason({ action: 'adopt', meetingOn: '2026-05-20', today, reason });
    if (expected === 'refused') {
      expect(run).toThrow(DomainError);
      expect(run).toThrow(/20\/05\/2026/);
    } else expect(run()).toBe(expected);
  });
});
