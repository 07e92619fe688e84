import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import { DecisionOutput } from '../../../contracts/evaluation.contracts';
import {
  AmendDecisionInput,
  ResubmitDecisionInput,
  ReturnDecisionInput,
} from '../../../contracts/decision-review.contracts';
import { enforceRequiredPermissions } from '../../route-permission';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { amendDecision } from './amend-decision';
import { getDecisionRow } from './decision-use-cases';
import { presentDecision } from './decision.presenter';
import { displayNameOf } from './evaluation-access';
import { resubmitDecision } from './resubmit-decision';
import { returnDecision } from './return-decision';

const tags = ['decisions'];

/**
 * The leader's review of a draft decision: return it with a reason; the standing office amends
 * and resubmits it. Another unit's decision is 404; a role that may not act is 403.
 */
export async function decisionReviewRoutes(app: AppInstance): Promise<void> {
  enforceRequiredPermissions(app);
  const now = () => app.deps.clock();
  const present = async (db: ReturnType<typeof dbOf>, id: string) =>
    presentDecision(db, await getDecisionRow(db, id));

  app.post(
    '/api/v1/decisions/:id/return',
    {
      config: { requiredPermission: 'decision.approve' },
      schema: {
        operationId: 'returnDecision',
        tags,
        summary: 'Lãnh đạo trả lại dự thảo quyết định kèm lý do / the leader returns the draft with a reason',
        params: IdParams,
        body: ReturnDecisionInput,
        response: { 200: DecisionOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const db = dbOf(request);
      const actor = requireActor(request);
      await returnDecision({
        db,
        audit: auditContextOf(request, 'decision.approve'),
        actor,
        decisionId: request.params.id,
        input: request.body,
        actorName: await displayNameOf(db, actor.accountId),
        now: now(),
      });
      return present(db, request.params.id);
    },
  );

  app.patch(
    '/api/v1/decisions/:id',
    {
      config: { requiredPermission: 'decision.draft' },
      schema: {
        operationId: 'amendDecision',
        tags,
        summary: 'Sửa dự thảo quyết định (số, ngày, sản phẩm) / amend a draft or returned decision',
        params: IdParams,
        body: AmendDecisionInput,
        response: { 200: DecisionOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const db = dbOf(request);
      await amendDecision({
        db,
        audit: auditContextOf(request, 'decision.draft'),
        actor: requireActor(request),
        decisionId: request.params.id,
        input: request.body,
        now: now(),
      });
      return present(db, request.params.id);
    },
  );

  app.post(
    '/api/v1/decisions/:id/resubmit',
    {
      config: { requiredPermission: 'decision.draft' },
      schema: {
        operationId: 'resubmitDecision',
        tags,
        summary: 'Trình lại dự thảo đã sửa / resubmit the amended draft to the leader',
        params: IdParams,
        body: ResubmitDecisionInput,
        response: { 200: DecisionOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const db = dbOf(request);
      await resubmitDecision({
        db,
        audit: auditContextOf(request, 'decision.draft'),
        actor: requireActor(request),
        decisionId: request.params.id,
        input: request.body,
        now: now(),
      });
      return present(db, request.params.id);
    },
  );
}
