import type { CommuneAssessmentInput } from '../../../contracts/dossiers.contracts';
import type { Database } from '../../../db/database';
import type { AuditContext } from '../../../db/repositories/audit.repository';
import { insertCommuneAssessment } from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import { validateCommuneAssessment } from '../../../domain/dossier/commune-criteria';
import type { CommuneAssessment } from '../../../domain/dossier/dossier.types';
import { applyDossierTransition } from './apply-dossier-transition';
import { assertDossierAction, loadDossierForRead, sheetOf } from './dossier-access';

/**
 * Biểu 3 — the commune's assessment of the criteria the rubric marks as commune-assessed, for the
 * current version. May be revised until the dossier is forwarded; each submission is kept.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT, VALIDATION_FAILED
 */
export async function submitCommuneAssessment(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  dossierId: string;
  input: CommuneAssessmentInput;
  now: Date;
}) {
  const { db, actor, input } = params;
  const loaded = await loadDossierForRead(db, actor, params.dossierId);
  assertDossierAction(actor, 'commune.assess', loaded);
  const assessment: CommuneAssessment = {
    choices: input.choices,
    conclusion: input.conclusion,
    assessorName: input.assessorName,
    assessedOn: input.assessedOn,
  };
  validateCommuneAssessment(sheetOf(loaded), assessment);
  return applyDossierTransition({
    ...params,
    loaded,
    action: 'commune.assess',
    expectedVersion: input.version,
    changes: { communeAssessment: assessment },
    payload: { choices: input.choices },
    alsoWrite: async (tx, updated) => {
      await insertCommuneAssessment(tx, {
        dossierId: updated.id,
        versionNumber: updated.versionNumber,
        assessment,
        assessedBy: actor.accountId,
        createdAt: params.now,
      });
    },
  });
}
