import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findAccountDisplayName,
  insertDossierEvent,
  updateDossierIf,
  type DossierRow,
} from '../../../db/repositories/dossiers.repository';
import type { DossierChanges } from '../../../db/repositories/dossier-transitions.repository';
import type { Actor } from '../../../domain/access/permissions';
import { PERMISSION_BY_ACTION } from '../../../domain/dossier/dossier-policy';
import { transition, type DossierAction } from '../../../domain/dossier/dossier-workflow';
import type { DossierStatus, ItemComment } from '../../../domain/dossier/dossier.types';
import { assertDossierAction, routeOf, staleDossier, type LoadedDossier } from './dossier-access';
import { auditContextAs } from '../../context';
import { notifyDossierChange, type DossierMailSender } from './notify-dossier-change';

export interface ApplyTransitionParams {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  loaded: LoadedDossier;
  action: DossierAction;
  expectedVersion: number;
  now: Date;
  changes?: DossierChanges;
  comment?: string | null;
  itemComments?: ItemComment[];
  payload?: unknown;
  /** Extra writes of the same transaction (a version, a Biểu 3 row), given the updated row. */
  alsoWrite?: (tx: Database, updated: DossierRow) => Promise<void>;
  sendMail?: DossierMailSender;
}

/**
 * The one way a dossier changes status: authorize, compute the next status from the workflow
 * table, then in one transaction a conditional update (id + version + status, so concurrent
 * callers get one winner and 409s), the event, the audit row and the in-app notifications.
 * E-mails go out after the commit.
 * @throws FORBIDDEN, INVALID_TRANSITION, CONFLICT
 */
export async function applyDossierTransition(params: ApplyTransitionParams): Promise<DossierRow> {
  const { db, loaded, action, now } = params;
  assertDossierAction(params.actor, action, loaded);
  // Recorded under the grant the action is performed with, not the one the route guessed.
  const audit = auditContextAs(params.audit, params.actor, PERMISSION_BY_ACTION[action], loaded.scope);
  const from = loaded.dossier.status as DossierStatus;
  const to = transition(from, action, routeOf(loaded));
  const actorName = (await findAccountDisplayName(db, params.actor.accountId)) ?? params.actor.username;
  const { updated, notices } = await db.transaction(async (tx) => {
    const row = await updateDossierIf(tx, loaded.dossier.id, params.expectedVersion, [from], {
      ...params.changes,
      status: to,
      updatedAt: now,
      ...(to !== from ? { statusChangedAt: now } : {}),
    });
    if (!row) throw staleDossier();
    await params.alsoWrite?.(tx, row);
    await insertDossierEvent(tx, {
      dossierId: row.id,
      action,
      fromStatus: from,
      toStatus: to,
      versionNumber: row.versionNumber,
      actorAccountId: params.actor.accountId,
      actorName,
      actorRole: audit.actorRole,
      comment: params.comment ?? null,
      itemComments: params.itemComments ?? [],
      payload: params.payload ?? null,
      occurredAt: now,
    });
    await appendAudit(
      tx,
      audit,
      {
        action: `dossier.${action}`,
        entityType: 'dossier',
        entityId: row.id,
        unitId: row.communeId,
        before: { status: from, version: loaded.dossier.version },
        after: { status: to, version: row.version, versionNumber: row.versionNumber },
      },
      now,
    );
    const sent =
      to !== from
        ? await notifyDossierChange({
            db: tx,
            loaded,
            status: to,
            comment: params.comment ?? null,
            actorAccountId: params.actor.accountId,
            now,
          })
        : [];
    return { updated: row, notices: sent };
  });
  if (params.sendMail) for (const mail of notices) await params.sendMail(mail).catch(() => undefined);
  return updated;
}
