import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  MARKET_CASE_ACTIONS,
  MARKET_CASE_STATUSES,
  canMarketCaseDo,
  marketCaseStatusAfter,
} from './market-case-status';

describe('market-surveillance case status table', () => {
  it.each([
    ['open', 'investigate', 'investigated'],
    ['open', 'close', 'closed'],
    ['investigated', 'close', 'closed'],
    ['open', 'link_report', 'open'],
    ['investigated', 'attach', 'investigated'],
  ] as const)('%s + %s → %s', (status, action, next) => {
    expect(marketCaseStatusAfter(status, action)).toBe(next);
  });

  it('refuses everything on a closed case and a second investigation', () => {
    for (const action of MARKET_CASE_ACTIONS) {
      expect(canMarketCaseDo('closed', action)).toBe(false);
      expect(() => marketCaseStatusAfter('closed', action)).toThrow(DomainError);
    }
    const refusal = (() => {
      try {
        marketCaseStatusAfter('investigated', 'investigate');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('never leads back from closed or to a status outside the list', () => {
    for (const status of MARKET_CASE_STATUSES)
      for (const action of MARKET_CASE_ACTIONS)
        if (canMarketCaseDo(status, action))
          expect(MARKET_CASE_STATUSES).toContain(marketCaseStatusAfter(status, action));
  });
});
