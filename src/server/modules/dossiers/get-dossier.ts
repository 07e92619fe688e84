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
import { presentDossier } from './dossier.presenter';

/** The dossier with completeness, self-score, linked evidence, events and versions (404 when invisible). */
export async function getDossier(params: {
  db: Database;
  actor: Actor;
  dossierId: string;
  now: Date;
}): Promise<DossierOutput> {
  const { db, actor } = params;
  const loaded = await loadDossierForRead(db, actor, params.dossierId);
  const evidenceIds = [...new Set(Object.values(loaded.dossier.answers).flatMap((a) => a.evidenceIds))];
  const [events, versions, evidence, calendar] = await Promise.all([
    listDossierEvents(db, loaded.dossier.id),
    listDossierVersions(db, loaded.dossier.id),
    listEvidenceByIds(db, evidenceIds),
    loadDeadlineCalendar(db, params.now, [loaded.communePath]),
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
  });
}
