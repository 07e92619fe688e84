import type { SetDossierDeadlinesInput } from '../../../contracts/dossier-deadlines.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  insertDeadlineOverride,
  type DossierDeadlineSettingsRow,
} from '../../../db/repositories/dossier-deadlines.repository';
import { DomainError } from '../../../domain/errors';

/**
 * Sets a province's working days per dossier task from `effectiveFrom` on, as a new period (earlier
 * periods stay, so deadlines already counted under them do not move).
 * @throws CONFLICT when the province already has a period starting that day
 */
export async function setDossierDeadlines(params: {
  db: Database;
  audit: AuditContext;
  provinceId: string;
  input: SetDossierDeadlinesInput;
  accountId: string;
  now: Date;
}): Promise<DossierDeadlineSettingsRow> {
  const { input } = params;
  return params.db.transaction(async (tx) => {
    const row = await insertDeadlineOverride(tx, {
      unitId: params.provinceId,
      effectiveFrom: input.effectiveFrom,
      settings: input.settings,
      createdBy: params.accountId,
      createdAt: params.now,
    });
    if (!row) {
      const vi = `Tỉnh đã có quy định số ngày làm việc áp dụng từ ${input.effectiveFrom.split('-').reverse().join('/')}.`;
      throw new DomainError(
        'CONFLICT',
        vi,
        `The province already has working days from ${input.effectiveFrom}.`,
        [
          {
            field: 'effectiveFrom',
            messageVi: 'Đã có quy định từ ngày này',
            messageEn: 'A period already starts that day',
          },
        ],
      );
    }
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'dossier-deadlines.set',
        entityType: 'dossier_deadline_settings',
        entityId: row.id,
        unitId: params.provinceId,
        after: { effectiveFrom: row.effectiveFrom, settings: row.settings },
      },
      params.now,
    );
    return row;
  });
}
