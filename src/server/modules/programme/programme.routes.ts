import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  BusinessPlanOutput,
  CreateBusinessPlanInput,
  CreateProductIdeaInput,
  ListBusinessPlansOutput,
  ListProductIdeasOutput,
  ListProposalsQuery,
  ListRegisteredProductsOutput,
  ListRegisteredProductsQuery,
  ProductIdeaOutput,
  ReviewInput,
  StartDossierFromIdeaOutput,
  UpdateBusinessPlanInput,
  UpdateProductIdeaInput,
} from '../../../contracts/programme.contracts';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import type { Action } from '../../../domain/access/permissions';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { enforceRequiredPermissions } from '../../route-permission';
import { createBusinessPlan } from './create-business-plan';
import { createProductIdea } from './create-product-idea';
import { listBusinessPlans } from './list-business-plans';
import { listProductIdeas } from './list-product-ideas';
import { listRegisteredProducts } from './list-registered-products';
import { presentBusinessPlan, presentIdea } from './programme.presenter';
import { loadBusinessPlanForRead, loadIdeaForRead } from './proposal-access';
import { reviewBusinessPlan } from './review-business-plan';
import { reviewProductIdea } from './review-product-idea';
import { startDossierFromIdea } from './start-dossier-from-idea';
import { updateBusinessPlan } from './update-business-plan';
import { updateProductIdea } from './update-product-idea';

const tags = ['programme'];
const responses = (ok: z.ZodType) => ({ 200: ok, ...commonErrorResponses });
const created = (ok: z.ZodType) => ({ 201: ok, ...commonErrorResponses });

/** OCOP cycle steps 2–3: product ideas and business plans, reviewed by the commune. */
export async function programmeRoutes(app: AppInstance): Promise<void> {
  enforceRequiredPermissions(app);
  const now = () => app.deps.clock();
  const ctx = (request: FastifyRequest, action: Action) => ({
    db: dbOf(request),
    audit: auditContextOf(request, action),
    actor: requireActor(request),
    now: now(),
  });
  const idea = async (request: FastifyRequest, id: string) =>
    presentIdea(await loadIdeaForRead(dbOf(request), requireActor(request), id));
  const businessPlan = async (request: FastifyRequest, id: string) =>
    presentBusinessPlan(await loadBusinessPlanForRead(dbOf(request), requireActor(request), id));

  app.get(
    '/api/v1/product-ideas',
    {
      config: { requiredPermission: 'idea.read' },
      schema: {
        operationId: 'listProductIdeas',
        tags,
        querystring: ListProposalsQuery,
        response: responses(ListProductIdeasOutput),
      },
    },
    async (request) =>
      listProductIdeas({ db: dbOf(request), actor: requireActor(request), query: request.query }),
  );

  app.post(
    '/api/v1/product-ideas',
    {
      config: { requiredPermission: 'idea.manage' },
      schema: {
        operationId: 'createProductIdea',
        tags,
        summary: 'Đăng ký ý tưởng sản phẩm / register a product idea',
        body: CreateProductIdeaInput,
        response: created(ProductIdeaOutput),
      },
    },
    async (request, reply) => {
      const id = await createProductIdea({ ...ctx(request, 'idea.manage'), input: request.body });
      return reply.status(201).send(await idea(request, id));
    },
  );

  app.get(
    '/api/v1/product-ideas/:id',
    {
      config: { requiredPermission: 'idea.read' },
      schema: {
        operationId: 'getProductIdea',
        tags,
        params: IdParams,
        response: responses(ProductIdeaOutput),
      },
    },
    async (request) => idea(request, request.params.id),
  );

  app.patch(
    '/api/v1/product-ideas/:id',
    {
      config: { requiredPermission: 'idea.manage' },
      schema: {
        operationId: 'updateProductIdea',
        tags,
        params: IdParams,
        body: UpdateProductIdeaInput,
        response: responses(ProductIdeaOutput),
      },
    },
    async (request) => {
      await updateProductIdea({
        ...ctx(request, 'idea.manage'),
        ideaId: request.params.id,
        input: request.body,
      });
      return idea(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/product-ideas/:id/review',
    {
      config: { requiredPermission: 'idea.review' },
      schema: {
        operationId: 'reviewProductIdea',
        tags,
        summary: 'Xã xem xét ý tưởng / the commune reviews an idea',
        params: IdParams,
        body: ReviewInput,
        response: responses(ProductIdeaOutput),
      },
    },
    async (request) => {
      await reviewProductIdea({
        ...ctx(request, 'idea.review'),
        ideaId: request.params.id,
        input: request.body,
      });
      return idea(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/product-ideas/:id/start-dossier',
    {
      config: { requiredPermission: 'dossier.edit' },
      schema: {
        operationId: 'startDossierFromIdea',
        tags,
        summary: 'Lập hồ sơ đánh giá lần đầu từ ý tưởng / first dossier from an idea',
        params: IdParams,
        response: created(StartDossierFromIdeaOutput),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await startDossierFromIdea({ ...ctx(request, 'dossier.edit'), ideaId: request.params.id })),
  );

  app.get(
    '/api/v1/business-plans',
    {
      config: { requiredPermission: 'idea.read' },
      schema: {
        operationId: 'listBusinessPlans',
        tags,
        querystring: ListProposalsQuery,
        response: responses(ListBusinessPlansOutput),
      },
    },
    async (request) =>
      listBusinessPlans({ db: dbOf(request), actor: requireActor(request), query: request.query }),
  );

  app.post(
    '/api/v1/business-plans',
    {
      config: { requiredPermission: 'idea.manage' },
      schema: {
        operationId: 'createBusinessPlan',
        tags,
        summary: 'Phương án sản xuất kinh doanh / register a business plan',
        body: CreateBusinessPlanInput,
        response: created(BusinessPlanOutput),
      },
    },
    async (request, reply) => {
      const id = await createBusinessPlan({ ...ctx(request, 'idea.manage'), input: request.body });
      return reply.status(201).send(await businessPlan(request, id));
    },
  );

  app.get(
    '/api/v1/business-plans/:id',
    {
      config: { requiredPermission: 'idea.read' },
      schema: {
        operationId: 'getBusinessPlan',
        tags,
        params: IdParams,
        response: responses(BusinessPlanOutput),
      },
    },
    async (request) => businessPlan(request, request.params.id),
  );

  app.patch(
    '/api/v1/business-plans/:id',
    {
      config: { requiredPermission: 'idea.manage' },
      schema: {
        operationId: 'updateBusinessPlan',
        tags,
        params: IdParams,
        body: UpdateBusinessPlanInput,
        response: responses(BusinessPlanOutput),
      },
    },
    async (request) => {
      await updateBusinessPlan({
        ...ctx(request, 'idea.manage'),
        businessPlanId: request.params.id,
        input: request.body,
      });
      return businessPlan(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/business-plans/:id/review',
    {
      config: { requiredPermission: 'idea.review' },
      schema: {
        operationId: 'reviewBusinessPlan',
        tags,
        params: IdParams,
        body: ReviewInput,
        response: responses(BusinessPlanOutput),
      },
    },
    async (request) => {
      await reviewBusinessPlan({
        ...ctx(request, 'idea.review'),
        businessPlanId: request.params.id,
        input: request.body,
      });
      return businessPlan(request, request.params.id);
    },
  );

  app.get(
    '/api/v1/registered-products',
    {
      config: { requiredPermission: 'idea.read' },
      schema: {
        operationId: 'listRegisteredProducts',
        tags,
        summary: 'Danh sách sản phẩm đăng ký tham gia trong năm / products registered for the year',
        querystring: ListRegisteredProductsQuery,
        response: responses(ListRegisteredProductsOutput),
      },
    },
    async (request) =>
      listRegisteredProducts({ db: dbOf(request), actor: requireActor(request), query: request.query }),
  );
}
