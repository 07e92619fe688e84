import { CouncilCandidatesOutput, CouncilCandidatesQuery } from '../../../contracts/council-setup.contracts';
import { commonErrorResponses } from '../../../contracts/problem.contracts';
import { assertCan } from '../../../domain/access/permissions';
import { dbOf, requireActor, type AppInstance } from '../../context';
import { getUnit } from '../evaluation/evaluation-access';
import { listCouncilCandidates } from './list-council-candidates';

/**
 * Council set-up helpers for the standing office: the active accounts holding a council grant
 * that covers the council's unit (granted in that unit or above it) — only they can score.
 */
export async function councilSetupRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/council-candidates',
    {
      schema: {
        operationId: 'listCouncilCandidates',
        tags: ['councils'],
        summary: 'Tài khoản có thể ngồi hội đồng / accounts that can take a seat',
        querystring: CouncilCandidatesQuery,
        response: { 200: CouncilCandidatesOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const db = dbOf(request);
      const unit = await getUnit(db, request.query.unitId);
      assertCan(requireActor(request), 'council.manage', { unitPath: unit.path });
      const today = app.deps.clock().toISOString().slice(0, 10);
      return listCouncilCandidates({ db, unit, today });
    },
  );
}
