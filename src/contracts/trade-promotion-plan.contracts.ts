/**
 * Zod contracts of the provinces' yearly trade-promotion plans (kế hoạch xúc tiến thương mại) and
 * the central office's calendar of them.
 */
import { z } from 'zod';
import { TRADE_EVENT_KINDS, TRADE_EVENT_LEVELS } from '../domain/promotion/promotion.types';
import { TRADE_PROMOTION_PLAN_STATUSES } from '../domain/promotion/trade-promotion-plan';

const Year = z.number().int().min(2000).max(2100);

export const PlannedTradeEventInput = z
  .object({
    name: z.string().trim().min(1).max(300),
    kind: z.enum(TRADE_EVENT_KINDS),
    level: z.enum(TRADE_EVENT_LEVELS),
    month: z.number().int().min(1).max(12).describe('Tháng dự kiến (1–12)'),
    startsOn: z.iso.date().nullable().optional(),
    endsOn: z.iso.date().nullable().optional(),
    place: z.string().trim().max(500).optional(),
    tradeEventId: z.uuid().nullable().optional().describe('A recorded trade event this entry refers to'),
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: 'Ngày kết thúc không được trước ngày bắt đầu / the end date must not precede the start date',
  })
  .refine((v) => !v.startsOn || Number(v.startsOn.slice(5, 7)) === v.month, {
    path: ['startsOn'],
    message: 'Ngày bắt đầu phải thuộc tháng dự kiến / the start date must fall in the planned month',
  });
export type PlannedTradeEventInput = z.infer<typeof PlannedTradeEventInput>;

export const SaveTradePromotionPlanInput = z
  .object({
    unitId: z.uuid().describe('The province'),
    year: Year,
    events: z.array(PlannedTradeEventInput).max(200),
  })
  .refine((v) => v.events.every((e) => !e.startsOn || Number(e.startsOn.slice(0, 4)) === v.year), {
    path: ['events'],
    message: 'Các ngày phải thuộc năm kế hoạch / dates must fall in the plan year',
  })
  .meta({ id: 'SaveTradePromotionPlanInput' });
export type SaveTradePromotionPlanInput = z.infer<typeof SaveTradePromotionPlanInput>;

const PlannedEventOutput = z.object({
  name: z.string(),
  kind: z.enum(TRADE_EVENT_KINDS),
  level: z.enum(TRADE_EVENT_LEVELS),
  month: z.number().int(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  place: z.string(),
  tradeEventId: z.uuid().nullable(),
});

export const TradePromotionPlanOutput = z
  .object({
    id: z.uuid(),
    province: z.object({ id: z.uuid(), name: z.string() }),
    year: z.number().int(),
    status: z.enum(TRADE_PROMOTION_PLAN_STATUSES),
    submittedAt: z.string().nullable(),
    events: z.array(PlannedEventOutput),
  })
  .meta({ id: 'TradePromotionPlan' });
export type TradePromotionPlanOutput = z.infer<typeof TradePromotionPlanOutput>;

export const FindTradePromotionPlanQuery = z.object({
  unitId: z.uuid().describe('The province'),
  year: z.coerce.number().int().min(2000).max(2100),
});
export type FindTradePromotionPlanQuery = z.infer<typeof FindTradePromotionPlanQuery>;

/** The plan of a province for a year, or null when it has none yet (the editor starts empty). */
export const FindTradePromotionPlanOutput = z.object({ plan: TradePromotionPlanOutput.nullable() });
export type FindTradePromotionPlanOutput = z.infer<typeof FindTradePromotionPlanOutput>;

export const TradePromotionCalendarQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export type TradePromotionCalendarQuery = z.infer<typeof TradePromotionCalendarQuery>;

export const TradePromotionCalendarOutput = z
  .object({
    year: z.number().int(),
    provinces: z.array(z.object({ id: z.uuid(), name: z.string(), submittedAt: z.string() })),
    months: z.array(
      z.object({
        month: z.number().int(),
        events: z.array(
          PlannedEventOutput.extend({ province: z.object({ id: z.uuid(), name: z.string() }) }),
        ),
      }),
    ),
  })
  .meta({ id: 'TradePromotionCalendar' });
export type TradePromotionCalendarOutput = z.infer<typeof TradePromotionCalendarOutput>;
