import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AdvanceFiveStarCandidateInput,
  CandidateListQuery,
  CreateFiveStarCandidateInput,
  FiveStarCandidateOutput,
  ListFiveStarCandidatesOutput,
  ListFiveStarSuggestionsOutput,
  SuggestionListQuery,
  UpdateCandidateSupportPlanInput,
} from '../../../contracts/candidates.contracts';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import type { Action } from '../../../domain/access/permissions';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { enforceRequiredPermissions } from '../../route-permission';
import { advanceFiveStarCandidate } from './advance-five-star-candidate';
import { createFiveStarCandidate } from './create-five-star-candidate';
import { getFiveStarCandidate } from './get-five-star-candidate';
import { listFiveStarCandidates } from './list-five-star-candidates';
import { listFiveStarSuggestions } from './list-five-star-suggestions';
import { updateCandidateSupportPlan } from './update-candidate-support-plan';

const tags = ['candidates'];
const ok = (schema: z.ZodType) => ({ 200: schema, ...commonErrorResponses });
const read = { requiredPermission: 'promotion.read' } as const;
const manage = { requiredPermission: 'consultant.manage' } as const;

/**
 * 5★ candidates (ứng viên sản phẩm 5 sao, OCOP.md §13): suggestions from ≥ 90-point results, the
 * support plan of each, and its way to the central evaluation. Each route declares its permission;
 * use cases check the province.
 */
export async function candidateRoutes(app: AppInstance): Promise<void> {
  enforceRequiredPermissions(app);
  const reader = (request: FastifyRequest) => ({ db: dbOf(request), actor: requireActor(request) });
  const writer = (request: FastifyRequest, action: Action) => ({
    ...reader(request),
    audit: auditContextOf(request, action),
    now: app.deps.clock(),
  });

  app.get(
    '/api/v1/five-star-suggestions',
    {
      config: read,
      schema: {
        operationId: 'listFiveStarSuggestions',
        tags,
        summary:
          'Sản phẩm đạt từ 90 điểm chưa là ứng viên 5 sao / products of ≥ 90 points not yet candidates',
        querystring: SuggestionListQuery,
        response: ok(ListFiveStarSuggestionsOutput),
      },
    },
    async (request) => listFiveStarSuggestions({ ...reader(request), query: request.query }),
  );
  app.get(
    '/api/v1/five-star-candidates',
    {
      config: read,
      schema: {
        operationId: 'listFiveStarCandidates',
        tags,
        summary: 'Ứng viên sản phẩm 5 sao / 5★ candidates',
        querystring: CandidateListQuery,
        response: ok(ListFiveStarCandidatesOutput),
      },
    },
    async (request) => listFiveStarCandidates({ ...reader(request), query: request.query }),
  );
  app.post(
    '/api/v1/five-star-candidates',
    {
      config: manage,
      schema: {
        operationId: 'createFiveStarCandidate',
        tags,
        summary: 'Đưa sản phẩm vào danh sách ứng viên 5 sao / mark a 5★ candidate',
        body: CreateFiveStarCandidateInput,
        response: { 201: FiveStarCandidateOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const id = await createFiveStarCandidate({
        ...writer(request, 'consultant.manage'),
        input: request.body,
      });
      return reply.status(201).send(await getFiveStarCandidate({ ...reader(request), candidateId: id }));
    },
  );
  app.get(
    '/api/v1/five-star-candidates/:id',
    {
      config: read,
      schema: {
        operationId: 'getFiveStarCandidate',
        tags,
        params: IdParams,
        response: ok(FiveStarCandidateOutput),
      },
    },
    async (request) => getFiveStarCandidate({ ...reader(request), candidateId: request.params.id }),
  );
  app.put(
    '/api/v1/five-star-candidates/:id/support-plan',
    {
      config: manage,
      schema: {
        operationId: 'updateCandidateSupportPlan',
        tags,
        summary: 'Kế hoạch hỗ trợ ứng viên 5 sao / support plan',
        params: IdParams,
        body: UpdateCandidateSupportPlanInput,
        response: ok(FiveStarCandidateOutput),
      },
    },
    async (request) => {
      const candidateId = request.params.id;
      await updateCandidateSupportPlan({
        ...writer(request, 'consultant.manage'),
        candidateId,
        input: request.body,
      });
      return getFiveStarCandidate({ ...reader(request), candidateId });
    },
  );
  app.post(
    '/api/v1/five-star-candidates/:id/transitions',
    {
      config: manage,
      schema: {
        operationId: 'advanceFiveStarCandidate',
        tags,
        summary: 'Gửi đánh giá Trung ương, ghi kết quả hoặc dừng hỗ trợ / submit, record result or drop',
        params: IdParams,
        body: AdvanceFiveStarCandidateInput,
        response: ok(FiveStarCandidateOutput),
      },
    },
    async (request) => {
      const candidateId = request.params.id;
      await advanceFiveStarCandidate({
        ...writer(request, 'consultant.manage'),
        candidateId,
        input: request.body,
      });
      return getFiveStarCandidate({ ...reader(request), candidateId });
    },
  );
}
