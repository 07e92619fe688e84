import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import {
  AddTrainingParticipantsInput,
  ConsultantOutput,
  CreateConsultantContractInput,
  CreateConsultantInput,
  CreatePointOfSaleInput,
  CreateTradeEventInput,
  CreateTrainingCourseInput,
  ListConsultantsOutput,
  ListPointsOfSaleOutput,
  ListTradeEventsOutput,
  ListTrainingCoursesOutput,
  PointOfSaleOutput,
  ProducerTrainingOutput,
  ReplaceSalesChannelsInput,
  SalesChannelsOutput,
  PromotionListQuery,
  RecordAttendanceInput,
  RecordTradeEventResultsInput,
  TradeEventOutput,
  TrainingCourseOutput,
} from '../../../contracts/promotion.contracts';
import type { Action } from '../../../domain/access/permissions';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { enforceRequiredPermissions } from '../../route-permission';
import { addTrainingParticipants } from './add-training-participants';
import { createConsultant } from './create-consultant';
import { createConsultantContract } from './create-consultant-contract';
import { createPointOfSale } from './create-point-of-sale';
import { createTradeEvent } from './create-trade-event';
import { createTrainingCourse } from './create-training-course';
import { getConsultant } from './get-consultant';
import { getPointOfSale } from './get-point-of-sale';
import { getTradeEvent } from './get-trade-event';
import { getTrainingCourse } from './get-training-course';
import { listConsultants } from './list-consultants';
import { listPointsOfSale } from './list-points-of-sale';
import { listProducerTraining } from './list-producer-training';
import { getProductSalesChannels, replaceProductSalesChannels } from './product-sales-channels';
import { listTradeEvents } from './list-trade-events';
import { listTrainingCourses } from './list-training-courses';
import { recordTradeEventResults } from './record-trade-event-results';
import { recordTrainingAttendance } from './record-training-attendance';

const tags = ['promotion'];
const ok = (schema: z.ZodType) => ({ 200: schema, ...commonErrorResponses });
const created = (schema: z.ZodType) => ({ 201: schema, ...commonErrorResponses });
const read = { requiredPermission: 'promotion.read' } as const;
const manage = { requiredPermission: 'promotion.manage' } as const;
const consult = { requiredPermission: 'consultant.manage' } as const;

/**
 * Running the programme (OCOP.md §13): training courses, consultants and their contracts, trade
 * events and points of sale. Each route declares its permission; use cases check the unit.
 */
export async function promotionRoutes(app: AppInstance): Promise<void> {
  enforceRequiredPermissions(app);
  const now = () => app.deps.clock();
  const reader = (request: FastifyRequest) => ({ db: dbOf(request), actor: requireActor(request) });
  const writer = (request: FastifyRequest, action: Action) => ({
    ...reader(request),
    audit: auditContextOf(request, action),
    now: now(),
  });

  // ---- Training (tập huấn)
  app.get(
    '/api/v1/training-courses',
    {
      config: read,
      schema: {
        operationId: 'listTrainingCourses',
        tags,
        summary: 'Lớp tập huấn / training courses',
        querystring: PromotionListQuery,
        response: ok(ListTrainingCoursesOutput),
      },
    },
    async (request) => listTrainingCourses({ ...reader(request), query: request.query }),
  );
  app.post(
    '/api/v1/training-courses',
    {
      config: manage,
      schema: {
        operationId: 'createTrainingCourse',
        tags,
        summary: 'Ghi nhận lớp tập huấn / record a training course',
        body: CreateTrainingCourseInput,
        response: created(TrainingCourseOutput),
      },
    },
    async (request, reply) => {
      const id = await createTrainingCourse({ ...writer(request, 'promotion.manage'), input: request.body });
      return reply.status(201).send(await getTrainingCourse({ ...reader(request), courseId: id }));
    },
  );
  app.get(
    '/api/v1/training-courses/:id',
    {
      config: read,
      schema: {
        operationId: 'getTrainingCourse',
        tags,
        params: IdParams,
        response: ok(TrainingCourseOutput),
      },
    },
    async (request) => getTrainingCourse({ ...reader(request), courseId: request.params.id }),
  );
  app.post(
    '/api/v1/training-courses/:id/participants',
    {
      config: manage,
      schema: {
        operationId: 'addTrainingParticipants',
        tags,
        summary: 'Thêm học viên / add participants',
        params: IdParams,
        body: AddTrainingParticipantsInput,
        response: ok(TrainingCourseOutput),
      },
    },
    async (request) => {
      await addTrainingParticipants({
        ...writer(request, 'promotion.manage'),
        courseId: request.params.id,
        input: request.body,
      });
      return getTrainingCourse({ ...reader(request), courseId: request.params.id });
    },
  );
  app.put(
    '/api/v1/training-courses/:id/attendance',
    {
      config: manage,
      schema: {
        operationId: 'recordTrainingAttendance',
        tags,
        summary: 'Điểm danh / record attendance',
        params: IdParams,
        body: RecordAttendanceInput,
        response: ok(TrainingCourseOutput),
      },
    },
    async (request) => {
      await recordTrainingAttendance({
        ...writer(request, 'promotion.manage'),
        courseId: request.params.id,
        input: request.body,
      });
      return getTrainingCourse({ ...reader(request), courseId: request.params.id });
    },
  );

  app.get(
    '/api/v1/producers/:id/training',
    {
      config: { requiredPermission: 'producer.read' },
      schema: {
        operationId: 'listProducerTraining',
        tags,
        summary: 'Lịch sử tập huấn của chủ thể / training history of a producer',
        params: IdParams,
        response: ok(ProducerTrainingOutput),
      },
    },
    async (request) => listProducerTraining({ ...reader(request), producerId: request.params.id }),
  );

  // ---- Online sales channels of products (kênh bán hàng trực tuyến)
  app.get(
    '/api/v1/products/:id/sales-channels',
    {
      config: { requiredPermission: 'producer.read' },
      schema: {
        operationId: 'getProductSalesChannels',
        tags,
        params: IdParams,
        response: ok(SalesChannelsOutput),
      },
    },
    async (request) => getProductSalesChannels({ ...reader(request), productId: request.params.id }),
  );
  app.put(
    '/api/v1/products/:id/sales-channels',
    {
      config: { requiredPermission: 'product.manage' },
      schema: {
        operationId: 'replaceProductSalesChannels',
        tags,
        summary: 'Kênh bán hàng trực tuyến / online sales channels',
        params: IdParams,
        body: ReplaceSalesChannelsInput,
        response: ok(SalesChannelsOutput),
      },
    },
    async (request) => {
      await replaceProductSalesChannels({
        ...writer(request, 'product.manage'),
        productId: request.params.id,
        input: request.body,
      });
      return getProductSalesChannels({ ...reader(request), productId: request.params.id });
    },
  );

  // ---- Consultants (đơn vị tư vấn)
  app.get(
    '/api/v1/consultants',
    {
      config: read,
      schema: {
        operationId: 'listConsultants',
        tags,
        summary: 'Danh bạ đơn vị tư vấn / consultants',
        querystring: PromotionListQuery,
        response: ok(ListConsultantsOutput),
      },
    },
    async (request) => listConsultants({ ...reader(request), query: request.query }),
  );
  app.post(
    '/api/v1/consultants',
    {
      config: consult,
      schema: {
        operationId: 'createConsultant',
        tags,
        summary: 'Thêm đơn vị tư vấn / add a consultant',
        body: CreateConsultantInput,
        response: created(ConsultantOutput),
      },
    },
    async (request, reply) => {
      const id = await createConsultant({ ...writer(request, 'consultant.manage'), input: request.body });
      return reply.status(201).send(await getConsultant({ ...reader(request), consultantId: id }));
    },
  );
  app.get(
    '/api/v1/consultants/:id',
    {
      config: read,
      schema: { operationId: 'getConsultant', tags, params: IdParams, response: ok(ConsultantOutput) },
    },
    async (request) => getConsultant({ ...reader(request), consultantId: request.params.id }),
  );
  app.post(
    '/api/v1/consultants/:id/contracts',
    {
      config: consult,
      schema: {
        operationId: 'createConsultantContract',
        tags,
        summary: 'Ghi nhận hợp đồng tư vấn / record a consultancy contract',
        params: IdParams,
        body: CreateConsultantContractInput,
        response: created(ConsultantOutput),
      },
    },
    async (request, reply) => {
      await createConsultantContract({
        ...writer(request, 'consultant.manage'),
        consultantId: request.params.id,
        input: request.body,
      });
      return reply
        .status(201)
        .send(await getConsultant({ ...reader(request), consultantId: request.params.id }));
    },
  );

  // ---- Trade events (xúc tiến thương mại)
  app.get(
    '/api/v1/trade-events',
    {
      config: read,
      schema: {
        operationId: 'listTradeEvents',
        tags,
        summary: 'Sự kiện xúc tiến thương mại / trade events',
        querystring: PromotionListQuery,
        response: ok(ListTradeEventsOutput),
      },
    },
    async (request) => listTradeEvents({ ...reader(request), now: now(), query: request.query }),
  );
  app.post(
    '/api/v1/trade-events',
    {
      config: manage,
      schema: {
        operationId: 'createTradeEvent',
        tags,
        summary: 'Ghi nhận hội chợ, triển lãm, phiên livestream / record a trade event',
        body: CreateTradeEventInput,
        response: created(TradeEventOutput),
      },
    },
    async (request, reply) => {
      const id = await createTradeEvent({ ...writer(request, 'promotion.manage'), input: request.body });
      return reply.status(201).send(await getTradeEvent({ ...reader(request), now: now(), eventId: id }));
    },
  );
  app.get(
    '/api/v1/trade-events/:id',
    {
      config: read,
      schema: { operationId: 'getTradeEvent', tags, params: IdParams, response: ok(TradeEventOutput) },
    },
    async (request) => getTradeEvent({ ...reader(request), now: now(), eventId: request.params.id }),
  );
  app.put(
    '/api/v1/trade-events/:id/results',
    {
      config: manage,
      schema: {
        operationId: 'recordTradeEventResults',
        tags,
        summary: 'Kết quả sự kiện / record event results',
        params: IdParams,
        body: RecordTradeEventResultsInput,
        response: ok(TradeEventOutput),
      },
    },
    async (request) => {
      await recordTradeEventResults({
        ...writer(request, 'promotion.manage'),
        eventId: request.params.id,
        input: request.body,
      });
      return getTradeEvent({ ...reader(request), now: now(), eventId: request.params.id });
    },
  );

  // ---- Points of sale (điểm giới thiệu và bán sản phẩm OCOP)
  app.get(
    '/api/v1/points-of-sale',
    {
      config: read,
      schema: {
        operationId: 'listPointsOfSale',
        tags,
        summary: 'Điểm bán sản phẩm OCOP / points of sale',
        querystring: PromotionListQuery,
        response: ok(ListPointsOfSaleOutput),
      },
    },
    async (request) => listPointsOfSale({ ...reader(request), query: request.query }),
  );
  app.post(
    '/api/v1/points-of-sale',
    {
      config: manage,
      schema: {
        operationId: 'createPointOfSale',
        tags,
        summary: 'Ghi nhận điểm giới thiệu và bán sản phẩm OCOP / record a point of sale',
        body: CreatePointOfSaleInput,
        response: created(PointOfSaleOutput),
      },
    },
    async (request, reply) => {
      const id = await createPointOfSale({ ...writer(request, 'promotion.manage'), input: request.body });
      return reply.status(201).send(await getPointOfSale({ ...reader(request), pointOfSaleId: id }));
    },
  );
  app.get(
    '/api/v1/points-of-sale/:id',
    {
      config: read,
      schema: { operationId: 'getPointOfSale', tags, params: IdParams, response: ok(PointOfSaleOutput) },
    },
    async (request) => getPointOfSale({ ...reader(request), pointOfSaleId: request.params.id }),
  );
}
