import { describe, expect, it } from 'vitest';
import {
  INSPECTION_ACTIONS,
  INSPECTION_STATUSES,
  assertInspectionAction,
  canInspectionDo,
  statusAfterConclusion,
} from './inspection-status';
import { INSPECTION_CHECKLIST_VERSIONS, checklistOn } from './inspection-checklist';
import { canAgencyInspectSet } from './inspection-agencies';

const ALLOWED = new Set([
  'draft:edit',
  'draft:submit',
  'awaiting_remedy:answer_remedy',
  'remedy_answered:close',
  'remedy_answered:reopen_remedy',
]);

describe('inspection status table', () => {
  const cases = INSPECTION_STATUSES.flatMap((s) => INSPECTION_ACTIONS.map((a) => [s, a] as const));
  it.each(cases)('%s: %s', (status, action) => {
    const allowed = ALLOWED.has(`${status}:${action}`);
    expect(canInspectionDo(status, action)).toBe(allowed);
    if (!allowed)
      expect(() => assertInspectionAction(status, action)).toThrow(
        expect.objectContaining({ code: 'INVALID_TRANSITION' }),
      );
  });
  it.each([
    ['compliant', 'closed'],
    ['must_remedy', 'awaiting_remedy'],
    ['propose_revocation', 'revocation_proposed'],
  ] as const)('conclusion %s leads to %s', (conclusion, status) => {
    expect(statusAfterConclusion(conclusion)).toBe(status);
  });
});

describe('checklist and agencies', () => {
  it('the checklist in force lists what the issue names, each code once', () => {
    const items = checklistOn('2026-06-10').items.map((i) => i.code);
    expect(new Set(items).size).toBe(items.length);
    expect(items).toEqual(
      expect.arrayContaining(['raw_material', 'food_safety_certificate', 'ocop_mark', 'stamps']),
    );
    expect(INSPECTION_CHECKLIST_VERSIONS.length).toBeGreaterThan(0);
  });
  it('culture, sports and tourism inspects set 26 only', () => {
    expect(canAgencyInspectSet('culture_sports_tourism', 26)).toBe(true);
    expect(canAgencyInspectSet('culture_sports_tourism', 1)).toBe(false);
    expect(canAgencyInspectSet('health', 1)).toBe(true);
  });
});
