import type { FastifyRequest } from 'fastify';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import {
  FindTradePromotionPlanOutput,
  FindTradePromotionPlanQuery,
  SaveTradePromotionPlanInput,
  TradePromotionCalendarOutput,
  TradePromotionCalendarQuery,
  TradePromotionPlanOutput,
} from '../../../contracts/trade-promotion-plan.contracts';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { enforceRequiredPermissions } from '../../route-permission';
import { saveTradePromotionPlan } from './save-trade-promotion-plan';
import { submitTradePromotionPlan } from './submit-trade-promotion-plan';
import {
  findTradePromotionPlanOfYear,
  getTradePromotionPlan,
  listTradePromotionCalendar,
} from './trade-promotion-plan-views';

const tags = ['promotion'];
const read = { requiredPermission: 'promotion.read' } as const;
const manage = { requiredPermission: 'promotion.manage' } as const;

/** The provinces' yearly trade-promotion plans and the central office's calendar of them. */
export async function tradePromotionPlanRoutes(app: AppInstance): Promise<void> {
  enforceRequiredPermissions(app);
  const reader = (request: FastifyRequest) => ({ db: dbOf(request), actor: requireActor(request) });
  const writer = (request: FastifyRequest) => ({
    ...reader(request),
    audit: auditContextOf(request, 'promotion.manage'),
    now: app.deps.clock(),
  });

  app.put(
    '/api/v1/trade-promotion-plans',
    {
      config: manage,
      schema: {
        operationId: 'saveTradePromotionPlan',
        tags,
        summary: 'Lưu kế hoạch XTTM năm của tỉnh (bản nháp) / save the province yearly plan',
        body: SaveTradePromotionPlanInput,
        response: { 200: TradePromotionPlanOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const id = await saveTradePromotionPlan({ ...writer(request), input: request.body });
      return getTradePromotionPlan({ ...reader(request), planId: id });
    },
  );
  app.get(
    '/api/v1/trade-promotion-plans',
    {
      config: read,
      schema: {
        operationId: 'findTradePromotionPlan',
        tags,
        summary: 'Kế hoạch XTTM của tỉnh trong năm (hoặc null) / the plan of a province for a year',
        querystring: FindTradePromotionPlanQuery,
        response: { 200: FindTradePromotionPlanOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      findTradePromotionPlanOfYear({
        ...reader(request),
        unitId: request.query.unitId,
        year: request.query.year,
      }),
  );
  app.get(
    '/api/v1/trade-promotion-plans/:id',
    {
      config: read,
      schema: {
        operationId: 'getTradePromotionPlan',
        tags,
        params: IdParams,
        response: { 200: TradePromotionPlanOutput, ...commonErrorResponses },
      },
    },
    async (request) => getTradePromotionPlan({ ...reader(request), planId: request.params.id }),
  );
  app.post(
    '/api/v1/trade-promotion-plans/:id/submit',
    {
      config: manage,
      schema: {
        operationId: 'submitTradePromotionPlan',
        tags,
        summary: 'Gửi kế hoạch XTTM về Trung ương / send the plan to the central office',
        params: IdParams,
        response: { 200: TradePromotionPlanOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await submitTradePromotionPlan({ ...writer(request), planId: request.params.id });
      return getTradePromotionPlan({ ...reader(request), planId: request.params.id });
    },
  );
  app.get(
    '/api/v1/trade-promotion-calendar',
    {
      config: read,
      schema: {
        operationId: 'listTradePromotionCalendar',
        tags,
        summary: 'Lịch XTTM các tỉnh theo tháng / all provinces plans by month',
        querystring: TradePromotionCalendarQuery,
        response: { 200: TradePromotionCalendarOutput, ...commonErrorResponses },
      },
    },
    async (request) => listTradePromotionCalendar({ ...reader(request), year: request.query.year }),
  );
}
