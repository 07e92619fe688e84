import type { ForwardDossierInput } from '../../../contracts/dossiers.contracts';
import type { Database } from '../../../db/database';
import type { AuditContext } from '../../../db/repositories/audit.repository';
import type { Actor } from '../../../domain/access/permissions';
import { applyDossierTransition } from './apply-dossier-transition';
import { loadDossierForRead } from './dossier-access';
import type { DossierMailSender } from './notify-dossier-change';

/**
 * Sends an assessed dossier to the next level of its pinned procedure (province under 148 + 1489,
 * district under the original 148) with the commune's written request.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION (not assessed yet), CONFLICT
 */
export async function forwardDossier(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  dossierId: string;
  input: ForwardDossierInput;
  now: Date;
  sendMail?: DossierMailSender;
}) {
  const loaded = await loadDossierForRead(params.db, params.actor, params.dossierId);
  const request = params.input.request;
  return applyDossierTransition({
    ...params,
    loaded,
    action: 'commune.forward',
    expectedVersion: params.input.version,
    changes: { forwardRequest: request },
    comment:
      `Văn bản đề nghị số ${request.number} ngày ${request.date.split('-').reverse().join('/')} — ${request.signerTitle} ${request.signerName}`.trim(),
    payload: { request },
  });
}
