import type {
  FindTradePromotionPlanOutput,
  SaveTradePromotionPlanInput,
  TradePromotionCalendarOutput,
  TradePromotionPlanOutput,
} from '../../contracts/trade-promotion-plan.contracts';
import { apiRequest } from '../api/http';

/** Client of the trade-promotion plan endpoints (same contracts as the server). */
export const tradePlanApi = {
  save: (input: SaveTradePromotionPlanInput) =>
    apiRequest<TradePromotionPlanOutput>('/trade-promotion-plans', { method: 'PUT', body: input }),
  submit: (id: string) =>
    apiRequest<TradePromotionPlanOutput>(`/trade-promotion-plans/${encodeURIComponent(id)}/submit`, {
      method: 'POST',
    }),
  /** The plan of a province for a year, or `{ plan: null }`. */
  find: (unitId: string, year: number, signal?: AbortSignal) =>
    apiRequest<FindTradePromotionPlanOutput>('/trade-promotion-plans', { query: { unitId, year }, signal }),
  calendar: (year: number, signal?: AbortSignal) =>
    apiRequest<TradePromotionCalendarOutput>('/trade-promotion-calendar', { query: { year }, signal }),
};
