import type { Database } from '../../../db/database';
import { listCouncilSettingsOverrides } from '../../../db/repositories/council-settings.repository';
import { pathIds } from '../../../domain/access/unit-path';
import { resolveCouncilSettings, type CouncilSettings } from '../../../domain/rubric/council-settings';

/**
 * The council settings in force on `date` for a council of `unit`: the defaults overridden by the
 * periods of the unit's province (a district council follows its province; the central council
 * the defaults). A round copies the result when it is created.
 */
export async function findCouncilSettingsInForce(params: {
  db: Database;
  unit: { id: string; level: string; path: string };
  date: string;
}): Promise<CouncilSettings> {
  const provinceId = params.unit.level === 'province' ? params.unit.id : pathIds(params.unit.path)[1];
  if (provinceId === undefined || params.unit.level === 'nation')
    return resolveCouncilSettings('', params.date);
  const rows = await listCouncilSettingsOverrides(params.db, provinceId);
  return resolveCouncilSettings(
    provinceId,
    params.date,
    rows.map((row) => ({
      provinceCode: provinceId,
      effectiveFrom: row.effectiveFrom,
      effectiveTo: null,
      settings: row.settings,
    })),
  );
}
