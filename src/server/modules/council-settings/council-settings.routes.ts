import {
  CouncilSettingsOutput,
  CouncilSettingsParams,
  UpdateCouncilSettingsInput,
} from '../../../contracts/council-settings.contracts';
import { commonErrorResponses } from '../../../contracts/problem.contracts';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { enforceRequiredPermissions } from '../../route-permission';
import { getCouncilSettings } from './get-council-settings';
import { updateCouncilSettings } from './update-council-settings';

const tags = ['councils'];

/** A province's own council settings (quy chế hội đồng), copied onto each round it creates. */
export async function councilSettingsRoutes(app: AppInstance): Promise<void> {
  enforceRequiredPermissions(app);
  const today = () => app.deps.clock().toISOString().slice(0, 10);

  app.get(
    '/api/v1/provinces/:provinceId/council-settings',
    {
      schema: {
        operationId: 'getCouncilSettings',
        tags,
        summary: 'Quy chế hội đồng của tỉnh (túc số, chuyển cấp) / a province council settings',
        params: CouncilSettingsParams,
        response: { 200: CouncilSettingsOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      getCouncilSettings({
        db: dbOf(request),
        actor: requireActor(request),
        provinceId: request.params.provinceId,
        today: today(),
      }),
  );

  app.put(
    '/api/v1/provinces/:provinceId/council-settings',
    {
      config: { requiredPermission: 'council-settings.manage' },
      schema: {
        operationId: 'updateCouncilSettings',
        tags,
        summary: 'Đặt quy chế hội đồng từ một ngày / set the council settings from a date',
        params: CouncilSettingsParams,
        body: UpdateCouncilSettingsInput,
        response: { 200: CouncilSettingsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const db = dbOf(request);
      await updateCouncilSettings({
        db,
        audit: auditContextOf(request, 'council-settings.manage'),
        actor,
        provinceId: request.params.provinceId,
        input: request.body,
        now: app.deps.clock(),
      });
      return getCouncilSettings({ db, actor, provinceId: request.params.provinceId, today: today() });
    },
  );
}
