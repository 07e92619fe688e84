import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  DECISION_ACTIONS,
  DECISION_STATUSES,
  isDecisionActionAllowed,
  transitionDecision,
  type DecisionAction,
  type DecisionStatus,
} from './decision-workflow';

const EXPECTED: Record<DecisionStatus, Partial<Record<DecisionAction, DecisionStatus>>> = {
  draft: { approve: 'approved', return: 'returned', amend: 'draft' },
  returned: { amend: 'returned', resubmit: 'draft' },
  approved: {},
};

describe('recognition decision workflow', () => {
  const cases = DECISION_STATUSES.flatMap((status) =>
    DECISION_ACTIONS.map((action) => [status, action, EXPECTED[status][action]] as const),
  );
  it.each(cases)('%s + %s → %s', (status, action, next) => {
    if (next === undefined) {
      expect(isDecisionActionAllowed(status, action)).toBe(false);
      expect(() => transitionDecision(status, action)).toThrow(DomainError);
      try {
        transitionDecision(status, action);
      } catch (error) {
        expect((error as DomainError).code).toBe('INVALID_TRANSITION');
      }
    } else {
      expect(isDecisionActionAllowed(status, action)).toBe(true);
      expect(transitionDecision(status, action)).toBe(next);
    }
  });

  it('a returned decision reaches approval only through resubmission', () => {
    expect(() => transitionDecision('returned', 'approve')).toThrow(/Returned/);
    expect(transitionDecision(transitionDecision('returned', 'resubmit'), 'approve')).toBe('approved');
  });
});
