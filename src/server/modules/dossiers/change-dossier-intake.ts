import type { AcceptDossierInput, ReturnDossierInput } from '../../../contracts/dossiers.contracts';
import type { Database } from '../../../db/database';
import type { AuditContext } from '../../../db/repositories/audit.repository';
import type { Actor } from '../../../domain/access/permissions';
import { canDoDossierAction } from '../../../domain/dossier/dossier-policy';
import { acceptActionFor, DOSSIER_ACTIONS, returnActionFor } from '../../../domain/dossier/dossier-workflow';
import type { DossierStatus } from '../../../domain/dossier/dossier.types';
import { DomainError, forbidden } from '../../../domain/errors';
import { applyDossierTransition } from './apply-dossier-transition';
import { loadDossierForRead, type LoadedDossier } from './dossier-access';
import type { DossierMailSender } from './notify-dossier-change';

/**
 * The intake action a return/accept request means: the level the dossier waits at decides
 * (commune, district or province). Someone who could return/accept at no level gets FORBIDDEN;
 * a level with nothing to decide now gets INVALID_TRANSITION.
 */
function resolveIntakeAction(actor: Actor, loaded: LoadedDossier, kind: 'return' | 'accept') {
  const status = loaded.dossier.status as DossierStatus;
  const action = kind === 'return' ? returnActionFor(status) : acceptActionFor(status);
  if (action) return action;
  const couldEver = DOSSIER_ACTIONS.some(
    (a) => a.endsWith(`.${kind}`) && canDoDossierAction(actor, a, loaded.scope, loaded.memberOf),
  );
  if (!couldEver) throw forbidden();
  throw new DomainError(
    'INVALID_TRANSITION',
    `Hồ sơ đang ở trạng thái "${status}": không có gì để ${kind === 'return' ? 'trả lại' : 'tiếp nhận'}.`,
    `A dossier in status "${status}" cannot be ${kind === 'return' ? 'returned' : 'accepted'} now.`,
    undefined,
    { dossierStatus: status },
  );
}

/**
 * returnDossier — sends the dossier back to the producer with a comment and comments per item;
 * the producer supplements and submits a new version.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT
 */
export async function returnDossier(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  dossierId: string;
  input: ReturnDossierInput;
  now: Date;
  sendMail?: DossierMailSender;
}) {
  const loaded = await loadDossierForRead(params.db, params.actor, params.dossierId);
  const action = resolveIntakeAction(params.actor, loaded, 'return');
  return applyDossierTransition({
    ...params,
    loaded,
    action,
    expectedVersion: params.input.version,
    comment: params.input.comment,
    itemComments: params.input.items,
  });
}

/**
 * acceptDossier — the commune accepts the form for assessment, or the receiving level (district
 * or province) accepts it into the pool for an evaluation round.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT
 */
export async function acceptDossier(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  dossierId: string;
  input: AcceptDossierInput;
  now: Date;
  sendMail?: DossierMailSender;
}) {
  const loaded = await loadDossierForRead(params.db, params.actor, params.dossierId);
  const action = resolveIntakeAction(params.actor, loaded, 'accept');
  return applyDossierTransition({
    ...params,
    loaded,
    action,
    expectedVersion: params.input.version,
    comment: params.input.comment ?? null,
  });
}
