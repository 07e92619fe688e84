import type { Database } from '../../../db/database';
import { findStoredRubricVersion, toRubricVersion } from '../../../db/repositories/rubrics.repository';
import {
  findDossierWithNames,
  listMemberProducerIds,
  type DossierWithNames,
} from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import {
  intakeRouteOf,
  type DossierAction,
  type IntakeRoute,
} from '../../../domain/dossier/dossier-workflow';
import {
  canDoDossierAction,
  canReadDossier,
  type DossierScope,
} from '../../../domain/dossier/dossier-policy';
import type { DossierStatus } from '../../../domain/dossier/dossier.types';
import { DomainError, forbidden, notFound } from '../../../domain/errors';
import { findRubricVersion, getRubricSheet } from '../../../domain/rubric/catalogue/rubric-catalogue';
import {
  BUILT_IN_PROCEDURE_VERSIONS,
  type ProcedureVersion,
} from '../../../domain/rubric/procedure-versions';
import type { RubricSheet, RubricVersion } from '../../../domain/rubric/rubric.types';

/** A dossier loaded for an actor who may read it, with what the policy needs and its pinned rubric. */
export interface LoadedDossier extends DossierWithNames {
  memberOf: string[];
  scope: DossierScope;
  rubric: RubricVersion;
}

/**
 * The rubric version a dossier pinned: from the built-in catalogue, or one an administrator
 * published (published versions are immutable, so the dossier always reads the same criteria).
 * @throws NOT_FOUND
 */
export async function loadPinnedRubric(db: Database, rubricVersionId: string): Promise<RubricVersion> {
  const builtIn = findRubricVersion(rubricVersionId);
  if (builtIn) return builtIn;
  const row = await findStoredRubricVersion(db, rubricVersionId);
  if (!row || row.status !== 'published')
    throw notFound(`bộ tiêu chí ${rubricVersionId}`, `Rubric version ${rubricVersionId}`);
  return toRubricVersion(row);
}

export function scopeOf(loaded: DossierWithNames): DossierScope {
  return {
    producerId: loaded.dossier.producerId,
    unitPath: loaded.communePath,
    status: loaded.dossier.status as DossierStatus,
  };
}

/**
 * Loads a dossier the actor may read. A dossier the actor may not see is reported as absent
 * (NOT_FOUND), so its existence does not leak across producers or communes.
 */
export async function loadDossierForRead(db: Database, actor: Actor, id: string): Promise<LoadedDossier> {
  const loaded = await findDossierWithNames(db, id);
  if (!loaded) throw notFound('hồ sơ', 'Dossier');
  const memberOf = await listMemberProducerIds(db, actor.accountId);
  const scope = scopeOf(loaded);
  if (!canReadDossier(actor, scope, memberOf)) throw notFound('hồ sơ', 'Dossier');
  const rubric = await loadPinnedRubric(db, loaded.dossier.rubricVersionId);
  return { ...loaded, memberOf, scope, rubric };
}

/** FORBIDDEN unless the actor's grants allow `action` on the dossier (status is checked later). */
export function assertDossierAction(actor: Actor, action: DossierAction, loaded: LoadedDossier): void {
  if (!canDoDossierAction(actor, action, loaded.scope, loaded.memberOf)) throw forbidden();
}

export function procedureOf(id: string): ProcedureVersion {
  const procedure = BUILT_IN_PROCEDURE_VERSIONS.find((p) => p.id === id);
  if (!procedure)
    throw new DomainError('NOT_FOUND', `Không tìm thấy quy trình ${id}.`, `Procedure ${id} not found.`);
  return procedure;
}

export function routeOf(loaded: { dossier: { procedureVersionId: string } }): IntakeRoute {
  return intakeRouteOf(procedureOf(loaded.dossier.procedureVersionId));
}

/** The sheet of the dossier's product set in its pinned rubric. @throws NOT_FOUND */
export function sheetOf(loaded: { dossier: { productSet: number }; rubric: RubricVersion }): RubricSheet {
  return getRubricSheet(loaded.rubric.id, loaded.dossier.productSet, [loaded.rubric]);
}

/** CONFLICT for a stale version: someone else changed the dossier since the caller read it. */
export function staleDossier(): DomainError {
  return new DomainError(
    'CONFLICT',
    'Hồ sơ vừa được thay đổi. Hãy tải lại và thử lại.',
    'The dossier was changed meanwhile. Reload and try again.',
    [{ field: 'version', messageVi: 'Phiên bản đã cũ', messageEn: 'Stale version' }],
  );
}
