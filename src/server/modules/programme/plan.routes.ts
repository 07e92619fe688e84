import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AmendPlanInput,
  ApprovePlanInput,
  CreatePlanInput,
  IndicatorCatalogueOutput,
  ListPlansOutput,
  ListPlansQuery,
  PlanActualParams,
  PlanOutput,
  PlanProgressOutput,
  PlanVersionOutput,
  PlanVersionParams,
  RecordPlanActualInput,
  UpdatePlanInput,
} from '../../../contracts/programme.contracts';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import type { Action } from '../../../domain/access/permissions';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { enforceRequiredPermissions } from '../../route-permission';
import { amendPlan } from './amend-plan';
import { approvePlan } from './approve-plan';
import { createPlan } from './create-plan';
import { getPlan, getPlanVersion, listPlans } from './get-plan';
import { getPlanProgress } from './get-plan-progress';
import { listIndicators } from './list-indicators';
import { recordPlanActual } from './record-plan-actual';
import { updatePlan } from './update-plan';

const tags = ['plans'];
const responses = (ok: z.ZodType) => ({ 200: ok, ...commonErrorResponses });
const CatalogueQuery = z.object({ year: z.coerce.number().int().min(2018).max(2100).optional() });

/** Yearly OCOP plans (kế hoạch), their approved versions, targets and live progress. */
export async function planRoutes(app: AppInstance): Promise<void> {
  enforceRequiredPermissions(app);
  const now = () => app.deps.clock();
  const ctx = (request: FastifyRequest, action: Action) => ({
    db: dbOf(request),
    audit: auditContextOf(request, action),
    actor: requireActor(request),
    now: now(),
  });
  const fresh = (request: FastifyRequest, id: string) =>
    getPlan({ db: dbOf(request), actor: requireActor(request), planId: id });

  app.get(
    '/api/v1/indicator-catalogue',
    {
      config: { requiredPermission: 'plan.read' },
      schema: {
        operationId: 'getIndicatorCatalogue',
        tags,
        querystring: CatalogueQuery,
        response: responses(IndicatorCatalogueOutput),
      },
    },
    async (request) => listIndicators(request.query.year ?? now().getUTCFullYear()),
  );

  app.get(
    '/api/v1/plans',
    {
      config: { requiredPermission: 'plan.read' },
      schema: {
        operationId: 'listPlans',
        tags,
        querystring: ListPlansQuery,
        response: responses(ListPlansOutput),
      },
    },
    async (request) => listPlans({ db: dbOf(request), actor: requireActor(request), query: request.query }),
  );

  app.post(
    '/api/v1/plans',
    {
      config: { requiredPermission: 'plan.manage' },
      schema: {
        operationId: 'createPlan',
        tags,
        summary: 'Dự thảo kế hoạch OCOP năm / draft a yearly plan',
        body: CreatePlanInput,
        response: { 201: PlanOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const id = await createPlan({ ...ctx(request, 'plan.manage'), input: request.body });
      return reply.status(201).send(await fresh(request, id));
    },
  );

  app.get(
    '/api/v1/plans/:id',
    {
      config: { requiredPermission: 'plan.read' },
      schema: { operationId: 'getPlan', tags, params: IdParams, response: responses(PlanOutput) },
    },
    async (request) => fresh(request, request.params.id),
  );

  app.patch(
    '/api/v1/plans/:id',
    {
      config: { requiredPermission: 'plan.manage' },
      schema: {
        operationId: 'updatePlan',
        tags,
        params: IdParams,
        body: UpdatePlanInput,
        response: responses(PlanOutput),
      },
    },
    async (request) => {
      await updatePlan({ ...ctx(request, 'plan.manage'), planId: request.params.id, input: request.body });
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/plans/:id/approve',
    {
      config: { requiredPermission: 'plan.approve' },
      schema: {
        operationId: 'approvePlan',
        tags,
        summary: 'Lãnh đạo đơn vị phê duyệt kế hoạch / the unit leader approves',
        params: IdParams,
        body: ApprovePlanInput,
        response: responses(PlanOutput),
      },
    },
    async (request) => {
      await approvePlan({ ...ctx(request, 'plan.approve'), planId: request.params.id, input: request.body });
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/plans/:id/amend',
    {
      config: { requiredPermission: 'plan.manage' },
      schema: {
        operationId: 'amendPlan',
        tags,
        summary: 'Điều chỉnh kế hoạch đã phê duyệt / open an amendment',
        params: IdParams,
        body: AmendPlanInput,
        response: responses(PlanOutput),
      },
    },
    async (request) => {
      await amendPlan({ ...ctx(request, 'plan.manage'), planId: request.params.id, input: request.body });
      return fresh(request, request.params.id);
    },
  );

  app.get(
    '/api/v1/plans/:id/versions/:number',
    {
      config: { requiredPermission: 'plan.read' },
      schema: {
        operationId: 'getPlanVersion',
        tags,
        params: PlanVersionParams,
        response: responses(PlanVersionOutput),
      },
    },
    async (request) =>
      getPlanVersion({
        db: dbOf(request),
        actor: requireActor(request),
        planId: request.params.id,
        number: request.params.number,
      }),
  );

  app.put(
    '/api/v1/plans/:id/actuals/:indicatorCode',
    {
      config: { requiredPermission: 'plan.manage' },
      schema: {
        operationId: 'recordPlanActual',
        tags,
        summary: 'Nhập số liệu thực hiện / record a hand-entered actual',
        params: PlanActualParams,
        body: RecordPlanActualInput,
        response: responses(PlanOutput),
      },
    },
    async (request) => {
      await recordPlanActual({
        ...ctx(request, 'plan.manage'),
        planId: request.params.id,
        indicatorCode: request.params.indicatorCode,
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );

  app.get(
    '/api/v1/plans/:id/progress',
    {
      config: { requiredPermission: 'plan.read' },
      schema: {
        operationId: 'getPlanProgress',
        tags,
        summary: 'Tiến độ thực hiện chỉ tiêu / progress against targets',
        params: IdParams,
        response: responses(PlanProgressOutput),
      },
    },
    async (request) =>
      getPlanProgress({
        db: dbOf(request),
        actor: requireActor(request),
        planId: request.params.id,
        now: now(),
      }),
  );
}
