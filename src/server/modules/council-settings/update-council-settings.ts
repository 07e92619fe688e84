import type { UpdateCouncilSettingsInput } from '../../../contracts/council-settings.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  listCouncilSettingsOverrides,
  upsertCouncilSettingsOverride,
} from '../../../db/repositories/council-settings.repository';
import type { Actor } from '../../../domain/access/permissions';
import { forbidden } from '../../../domain/errors';
import { canManageCouncilSettings, readableProvince } from './council-settings-access';

/**
 * Sets a province's council settings from `effectiveFrom` on (replacing a period starting that
 * same day). Rounds already created keep the copy they took; rounds created from that day on use
 * the new settings. Audited in the same transaction.
 * @throws NOT_FOUND outside the actor's jurisdiction; FORBIDDEN for those who may only read
 */
export async function updateCouncilSettings(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  provinceId: string;
  input: UpdateCouncilSettingsInput;
  now: Date;
}): Promise<void> {
  const province = await readableProvince(params.db, params.actor, params.provinceId);
  if (!canManageCouncilSettings(params.actor, province)) throw forbidden();
  const { effectiveFrom, settings } = params.input;
  await params.db.transaction(async (tx) => {
    const previous = (await listCouncilSettingsOverrides(tx, province.id)).find(
      (row) => row.effectiveFrom === effectiveFrom,
    );
    const row = await upsertCouncilSettingsOverride(tx, {
      unitId: province.id,
      effectiveFrom,
      settings,
      updatedBy: params.actor.accountId,
      updatedAt: params.now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'council-settings.updated',
        entityType: 'council_settings',
        entityId: row.id,
        unitId: province.id,
        before: previous ? { effectiveFrom, settings: previous.settings } : null,
        after: { effectiveFrom, settings },
      },
      params.now,
    );
  });
}
