import type { DossierOutput } from '../../../contracts/dossiers.contracts';
import type { Database } from '../../../db/database';
import { listDossierEvents, listDossierVersions } from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import { loadDossierForRead } from './dossier-access';
import { loadDeadlineCalendar } from './dossier-deadlines';
import { loadDossierOutcome } from './dossier-outcome';
import { presentDossier } from './dossier.presenter';
import { loadReviewedContent } from './dossier-review';

/**
 * The dossier with completeness, self-score, the self-assessment criterion by criterion with the
 * evidence it cites (as submitted, for reviewers), events, versions and its outcome (certified,
 * not certified, forwarded…) once evaluated (404 when invisible).
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
  const [events, versions, calendar, outcome] = await Promise.all([
    listDossierEvents(db, loaded.dossier.id),
    listDossierVersions(db, loaded.dossier.id),
    loadDeadlineCalendar(db, params.now, [loaded.communePath]),
    loadDossierOutcome({ db, dossier: loaded.dossier, now: params.now, publicBaseUrl: params.publicBaseUrl }),
  ]);
  const reviewed = await loadReviewedContent({ db, actor, loaded, latestVersion: versions.at(-1) });
  return presentDossier({
    loaded,
    actor,
    memberOf: loaded.memberOf,
    events,
    versions,
    reviewed,
    now: params.now,
    calendar,
    outcome,
  });
}
