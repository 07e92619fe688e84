import type { DossierOutput } from '../../../contracts/dossiers.contracts';
import type { Database } from '../../../db/database';
import {
  listDossierEvents,
  listDossierVersions,
  listEvidenceByIds,
} from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import { loadDossierForRead } from './dossier-access';
import { loadDeadlineCalendar } from './dossier-deadlines';
import { loadDossierOutcome } from './dossier-outcome';
import { presentDossier } from './dossier.presenter';

/**
 * The dossier with completeness, self-score, linked evidence, events, versions and its outcome
 * (certified, not certified, forwarded…) once evaluated (404 when invisible).
 */
export async function getDossier(params: {
  db: Database;
  actor: Actor;
  dossierId: string;
  now: Date;
  publicBaseUrl: string;
}): Promise<DossierOutput> {
  const { db, actor } = params;
  const loaded = await loadDossierForRead(db, actor, params.dossierId);
  const evidenceIds = [...new Set(Object.values(loaded.dossier.answers).flatMap((a) => a.evidenceIds))];
  const [events, versions, evidence, calendar, outcome] = await Promise.all([
    listDossierEvents(db, loaded.dossier.id),
    listDossierVersions(db, loaded.dossier.id),
    listEvidenceByIds(db, evidenceIds),
    loadDeadlineCalendar(db, params.now, [loaded.communePath]),
    loadDossierOutcome({ db, dossier: loaded.dossier, now: params.now, publicBaseUrl: params.publicBaseUrl }),
  ]);
  return presentDossier({
    loaded,
    actor,
    memberOf: loaded.memberOf,
    events,
    versions,
    evidence,
    now: params.now,
    calendar,
    outcome,
  });
}
