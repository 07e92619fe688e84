/**
 * The province's yearly trade-promotion plan (kế hoạch xúc tiến thương mại) as a table. Pure.
 *
 *   draft → (submit) → submitted
 *
 * The standing office edits the draft freely; once sent to the central office it is frozen, so
 * the national calendar the Ministry coordinates from shows what each province committed to.
 */
import { DomainError } from '../errors';

export const TRADE_PROMOTION_PLAN_STATUSES = ['draft', 'submitted'] as const;
export type TradePromotionPlanStatus = (typeof TRADE_PROMOTION_PLAN_STATUSES)[number];

export const TRADE_PROMOTION_PLAN_ACTIONS = ['edit', 'submit'] as const;
export type TradePromotionPlanAction = (typeof TRADE_PROMOTION_PLAN_ACTIONS)[number];

export const ALLOWED_TRADE_PROMOTION_PLAN_ACTIONS_BY_STATUS = {
  draft: ['edit', 'submit'],
  submitted: [],
} as const satisfies Record<TradePromotionPlanStatus, readonly TradePromotionPlanAction[]>;

/**
 * The status after `action`.
 * @throws DomainError INVALID_TRANSITION when the plan was already sent.
 */
export function transitionTradePromotionPlan(
  status: TradePromotionPlanStatus,
  action: TradePromotionPlanAction,
): TradePromotionPlanStatus {
  const allowed: readonly TradePromotionPlanAction[] = ALLOWED_TRADE_PROMOTION_PLAN_ACTIONS_BY_STATUS[status];
  if (!allowed.includes(action))
    throw new DomainError(
      'INVALID_TRANSITION',
      'Kế hoạch xúc tiến thương mại đã gửi Trung ương, không sửa hay gửi lại được.',
      'The trade-promotion plan was already sent to the central office; it can be neither edited nor sent again.',
    );
  return action === 'submit' ? 'submitted' : status;
}
