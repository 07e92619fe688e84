import type {
  CouncilSettingsOutput,
  EditableCouncilSettings,
} from '../../../contracts/council-settings.contracts';
import type { Database } from '../../../db/database';
import { listCouncilSettingsOverrides } from '../../../db/repositories/council-settings.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DEFAULT_COUNCIL_SETTINGS, type CouncilSettings } from '../../../domain/rubric/council-settings';
import { canManageCouncilSettings, readableProvince } from './council-settings-access';
import { findCouncilSettingsInForce } from './council-settings-in-force';

/** The fields of the settings a province edits. */
export function editablePart(settings: CouncilSettings): EditableCouncilSettings {
  const { minPresentPercent, rounding, requireChair, abstentionsCountAsPresent } = settings.quorum;
  return {
    quorum: { minPresentPercent, rounding, requireChair, abstentionsCountAsPresent },
    forwardingReading: settings.forwardingReading,
    districtReading: settings.districtReading,
  };
}

/**
 * A province's council settings: the defaults, those in force today and every period set.
 * Throws NOT_FOUND, FORBIDDEN, VALIDATION_FAILED (see `readableProvince`).
 */
export async function getCouncilSettings(params: {
  db: Database;
  actor: Actor;
  provinceId: string;
  today: string;
}): Promise<CouncilSettingsOutput> {
  const province = await readableProvince(params.db, params.actor, params.provinceId);
  const rows = await listCouncilSettingsOverrides(params.db, province.id);
  const inForce = await findCouncilSettingsInForce({
    db: params.db,
    unit: { id: province.id, level: 'province', path: province.path },
    date: params.today,
  });
  return {
    province: { id: province.id, name: province.name },
    defaults: editablePart(DEFAULT_COUNCIL_SETTINGS),
    inForce: editablePart(inForce),
    periods: rows.map((row) => ({
      effectiveFrom: row.effectiveFrom,
      settings: editablePart({
        ...DEFAULT_COUNCIL_SETTINGS,
        ...row.settings,
        quorum: { ...DEFAULT_COUNCIL_SETTINGS.quorum, ...row.settings.quorum },
      }),
      updatedAt: row.updatedAt.toISOString(),
    })),
    canManage: canManageCouncilSettings(params.actor, province),
  };
}
