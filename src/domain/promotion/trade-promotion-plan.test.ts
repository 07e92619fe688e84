import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  transitionTradePromotionPlan,
  type TradePromotionPlanAction,
  type TradePromotionPlanStatus,
} from './trade-promotion-plan';

describe('trade-promotion plan workflow', () => {
  const table: [TradePromotionPlanStatus, TradePromotionPlanAction, TradePromotionPlanStatus | 'refused'][] =
    [
      ['draft', 'edit', 'draft'],
      ['draft', 'submit', 'submitted'],
      ['submitted', 'edit', 'refused'],
      ['submitted', 'submit', 'refused'],
    ];
  it.each(table)('%s --%s--> %s', (from, action, expected) => {
    if (expected !== 'refused') return expect(transitionTradePromotionPlan(from, action)).toBe(expected);
    expect(() => transitionTradePromotionPlan(from, action)).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }) as DomainError,
    );
  });
});
