import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import { ScoringQualityOutput } from '../../../contracts/scoring-quality.contracts';
import { dbOf, requireActor, type AppInstance } from '../../context';
import { enforceRequiredPermissions } from '../../route-permission';
import { getScoringQuality } from './get-scoring-quality';

/** Scoring quality of a council, for its chair and the standing office (not for the members). */
export async function scoringQualityRoutes(app: AppInstance): Promise<void> {
  enforceRequiredPermissions(app);
  app.get(
    '/api/v1/councils/:id/scoring-quality',
    {
      config: { requiredPermission: 'scoring-quality.read' },
      schema: {
        operationId: 'getScoringQuality',
        tags: ['councils'],
        summary: 'Chất lượng chấm điểm theo thành viên / scoring quality per member',
        params: IdParams,
        response: { 200: ScoringQualityOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      getScoringQuality({ db: dbOf(request), actor: requireActor(request), councilId: request.params.id }),
  );
}
