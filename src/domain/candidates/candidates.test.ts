import { describe, expect, it } from 'vitest';
import type { Action, Actor } from '../access/permissions';
import type { Role } from '../access/roles';
import { DomainError } from '../errors';
import {
  allowedCandidateActions,
  canManageCandidate,
  CANDIDATE_ACTIONS,
  CANDIDATE_STATUSES,
  failedFiveStarCriteria,
  isFiveStarSuggestion,
  nextCandidateStatus,
  pointsMissingForFiveStar,
  type CandidateAction,
  type CandidateStatus,
} from '.';

const ALLOWED: Record<CandidateStatus, Partial<Record<CandidateAction, CandidateStatus>>> = {
  proposed: { 'plan-support': 'supported', drop: 'dropped' },
  supported: { 'plan-support': 'supported', submit: 'submitted', drop: 'dropped' },
  submitted: { 'record-result': 'evaluated', drop: 'dropped' },
  evaluated: {},
  dropped: {},
};

describe('5★ candidate workflow', () => {
  const cases = CANDIDATE_STATUSES.flatMap((status) =>
    CANDIDATE_ACTIONS.map((action) => ({ status, action, expected: ALLOWED[status][action] })),
  );
  it.each(cases)('$status + $action → $expected', ({ status, action, expected }) => {
    if (expected) {
      expect(nextCandidateStatus(status, action)).toBe(expected);
      expect(allowedCandidateActions(status)).toContain(action);
    } else {
      expect(() => nextCandidateStatus(status, action)).toThrow(DomainError);
      expect(allowedCandidateActions(status)).not.toContain(action);
    }
  });

  it('names the status in Vietnamese when refusing', () => {
    try {
      nextCandidateStatus('evaluated', 'drop');
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).code).toBe('INVALID_TRANSITION');
      expect((error as DomainError).messageVi).toContain('Đã có kết quả Trung ương');
    }
  });
});

describe('5★ suggestion threshold and gaps', () => {
  it.each([
    { mean: 10_000, suggested: true, missing: 0 },
    { mean: 9_000, suggested: true, missing: 0 },
    { mean: 8_999, suggested: false, missing: 0.01 },
    { mean: 7_250, suggested: false, missing: 17.5 },
  ])('$mean hundredths → suggested $suggested, missing $missing', ({ mean, suggested, missing }) => {
    expect(isFiveStarSuggestion(mean)).toBe(suggested);
    expect(pointsMissingForFiveStar(mean)).toBeCloseTo(missing, 5);
  });

  it.each([
    { name: 'none failed', blockedBy: [], expected: [] },
    {
      name: 'one 5★ criterion',
      blockedBy: [{ criterionCode: 'B.3', star: 5, titleVi: 'Xuất khẩu' }],
      expected: [{ criterionCode: 'B.3', star: 5, titleVi: 'Xuất khẩu' }],
    },
    {
      name: 'a 3★ failure blocks 5★ too, each criterion once with its highest star',
      blockedBy: [
        { criterionCode: 'A.1', star: 3, titleVi: 'Tổ chức sản xuất' },
        { criterionCode: 'C.2', star: 4, titleVi: 'Truy xuất' },
        { criterionCode: 'C.2', star: 5, titleVi: 'Truy xuất' },
      ],
      expected: [
        { criterionCode: 'A.1', star: 3, titleVi: 'Tổ chức sản xuất' },
        { criterionCode: 'C.2', star: 5, titleVi: 'Truy xuất' },
      ],
    },
  ])('failed criteria: $name', ({ blockedBy, expected }) => {
    expect(failedFiveStarCriteria({ meanHundredths: 9_100, blockedBy })).toEqual(expected);
  });
});

describe('who keeps a candidate', () => {
  const PROVINCE_A = '/vn/pa/';
  const actor = (role: Role, unitPath: string, tokenScopes?: Action[]): Actor => ({
    accountId: 'a',
    username: 'u',
    grants: [{ role, unitId: 'x', unitPath }],
    tokenScopes,
  });
  it.each([
    { who: 'standing office of the province', a: actor('standing_office', PROVINCE_A), expected: true },
    { who: 'central standing office', a: actor('standing_office', '/vn/'), expected: false },
    { who: 'standing office of another province', a: actor('standing_office', '/vn/pb/'), expected: false },
    { who: 'leader of the province', a: actor('leader', PROVINCE_A), expected: false },
    { who: 'commune officer', a: actor('commune_officer', '/vn/pa/cx/'), expected: false },
    { who: 'council member', a: actor('council_member', PROVINCE_A), expected: false },
    {
      who: 'token without the scope',
      a: actor('standing_office', PROVINCE_A, ['promotion.read']),
      expected: false,
    },
  ])('$who → $expected', ({ a, expected }) => {
    expect(canManageCandidate(a, { unitPath: PROVINCE_A })).toBe(expected);
  });
});
