import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeValidUntil,
  deriveCertificateStatus,
  formatCertificateNumber,
  isExpiryNoticeDue,
  issuerCodeOf,
  parseCertificateNumber,
} from './certificate-rules';
import {
  ALLOWED_ROUND_ACTIONS_BY_STATUS,
  ALLOWED_SHEET_ACTIONS_BY_STATUS,
  ROUND_ACTIONS,
  ROUND_STATUSES,
  SHEET_ACTIONS,
  SHEET_STATUSES,
  transitionRound,
  transitionSheet,
  type RoundStatus,
} from './round-workflow';
import { checkMeetingDate } from './meeting-date-check';

describe('round workflow', () => {
  it.each([
    ['draft', 'open', 'open'],
    ['draft', 'edit', 'draft'],
    ['draft', 'cancel', 'cancelled'],
    ['open', 'score', 'open'],
    ['open', 'declare_conflict', 'open'],
    ['open', 'request_rescore', 'open'],
    ['open', 'close_scoring', 'closed'],
    ['closed', 'request_rescore', 'open'],
    ['closed', 'adopt', 'adopted'],
  ] as const)('%s --%s--> %s', (from, action, to) => expect(transitionRound(from, action)).toBe(to));

  const refused = ROUND_STATUSES.flatMap((status) =>
    ROUND_ACTIONS.filter(
      (a) => !(ALLOWED_ROUND_ACTIONS_BY_STATUS[status] as readonly string[]).includes(a),
    ).map((a) => [status, a] as const),
  );
  it.each(refused)('%s refuses %s with INVALID_TRANSITION', (status, action) => {
    expect(() => transitionRound(status, action)).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
  });
  it('nothing leaves adopted or cancelled; scoring only while open', () => {
    expect(ALLOWED_ROUND_ACTIONS_BY_STATUS.adopted).toEqual([]);
    expect(ALLOWED_ROUND_ACTIONS_BY_STATUS.cancelled).toEqual([]);
    expect(
      ROUND_STATUSES.filter((s) =>
        (ALLOWED_ROUND_ACTIONS_BY_STATUS[s] as readonly string[]).includes('score'),
      ),
    ).toEqual(['open']);
  });
  it('property: any action sequence keeps a known status, and adopted is reached only from closed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ROUND_ACTIONS), { maxLength: 20 }), (actions) => {
        let status: RoundStatus = 'draft';
        for (const action of actions) {
          let next: RoundStatus;
          try {
            next = transitionRound(status, action);
          } catch {
            continue;
          }
          if (next === 'adopted' && status !== 'closed') return false;
          status = next;
        }
        return (ROUND_STATUSES as readonly string[]).includes(status);
      }),
    );
  });
});

describe('score sheet workflow', () => {
  it.each([
    ['draft', 'save', 'draft'],
    ['draft', 'submit', 'submitted'],
    ['submitted', 'rescore', 'draft'],
  ] as const)('%s --%s--> %s', (from, action, to) => expect(transitionSheet(from, action)).toBe(to));
  const refused = SHEET_STATUSES.flatMap((s) =>
    SHEET_ACTIONS.filter((a) => !(ALLOWED_SHEET_ACTIONS_BY_STATUS[s] as readonly string[]).includes(a)).map(
      (a) => [s, a] as const,
    ),
  );
  it.each(refused)('%s refuses %s', (status, action) => {
    expect(() => transitionSheet(status, action)).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
  });
  it('a submitted sheet is frozen: saving it is refused', () =>
    expect(refused).toContainEqual(['submitted', 'save']));
});

describe('meeting notice in working days', () => {
  const holidays = new Set(['2026-04-30', '2026-05-01', '2026-09-02']);
  it('a meeting on the day after distribution is allowed on a working day, refused across a weekend', () => {
    expect(
      checkMeetingDate({
        distributedOn: '2026-04-21',
        meetingOn: '2026-04-22',
        requiredWorkingDays: 1,
        holidays,
      }).isAllowed,
    ).toBe(true);
    const tooEarly = checkMeetingDate({
      distributedOn: '2026-04-24',
      meetingOn: '2026-04-26',
      requiredWorkingDays: 1,
      holidays,
    });
    expect(tooEarly).toMatchObject({ isAllowed: false, earliestDate: '2026-04-27', workingDaysBetween: 0 });
    expect(tooEarly.messageVi).toContain('2026-04-27');
  });
});

describe('certificates', () => {
  it('numbers per issuing body and year', () => {
    expect(formatCertificateNumber('01', 2026, 42)).toBe('01-2026-00042');
    expect(formatCertificateNumber(issuerCodeOf({ level: 'nation', code: 'VN' }), 2026, 3)).toBe(
      'TW-2026-00003',
    );
    expect(parseCertificateNumber('01-2026-00042')).toEqual({ issuerCode: '01', year: 2026, sequence: 42 });
    expect(parseCertificateNumber('01/2026/42')).toBeUndefined();
    expect(() => formatCertificateNumber('01', 2026, 0)).toThrow();
  });
  it('property: format and parse round-trip', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('01', '79', 'TW'),
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 9_999_999 }),
        (code, year, seq) => {
          expect(parseCertificateNumber(formatCertificateNumber(code, year, seq))).toEqual({
            issuerCode: code,
            year,
            sequence: seq,
          });
        },
      ),
    );
  });
  it.each([
    ['2026-01-15', 36, '2029-01-14'],
    ['2026-03-01', 36, '2029-02-28'],
    ['2024-02-29', 12, '2025-02-27'],
    ['2025-08-31', 6, '2026-02-27'],
  ])('issued %s for %d months → valid until %s', (issued, months, until) =>
    expect(computeValidUntil(issued, months)).toBe(until),
  );
  it.each([
    [{ validUntil: '2029-01-14', revokedOn: null, supersededOn: null }, '2029-01-14', 'valid'],
    [{ validUntil: '2029-01-14', revokedOn: null, supersededOn: null }, '2029-01-15', 'expired'],
    [{ validUntil: '2029-01-14', revokedOn: null, supersededOn: '2027-05-01' }, '2027-06-01', 'superseded'],
    [{ validUntil: '2029-01-14', revokedOn: '2027-05-01', supersededOn: null }, '2030-01-01', 'revoked'],
    [
      { validUntil: '2029-01-14', revokedOn: '2027-05-01', supersededOn: '2027-04-01' },
      '2027-06-01',
      'revoked',
    ],
  ] as const)('status %# is %s', (facts, today, status) =>
    expect(deriveCertificateStatus(facts, today)).toBe(status),
  );
  it('the expiry notice is due 30 days before the end, only while valid', () => {
    const facts = { validUntil: '2029-01-14', revokedOn: null, supersededOn: null };
    expect(isExpiryNoticeDue(facts, '2028-12-14', 30)).toBe(false);
    expect(isExpiryNoticeDue(facts, '2028-12-15', 30)).toBe(true);
    expect(isExpiryNoticeDue(facts, '2029-01-15', 30)).toBe(false);
  });
  it('property: valid until is after the issue date and the status is expired exactly after it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 60 }),
        (d, months) => {
          const issued = d.toISOString().slice(0, 10);
          const until = computeValidUntil(issued, months);
          const facts = { validUntil: until, revokedOn: null, supersededOn: null };
          return (
            until > issued &&
            deriveCertificateStatus(facts, until) === 'valid' &&
            deriveCertificateStatus(facts, `${Number(until.slice(0, 4)) + 1}${until.slice(4)}`) === 'expired'
          );
        },
      ),
    );
  });
});
