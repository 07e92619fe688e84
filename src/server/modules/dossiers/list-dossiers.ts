import type { ListDossiersOutput } from '../../../contracts/dossiers.contracts';
import type { Database } from '../../../db/database';
import { listDossiersWithNames, listMemberProducerIds } from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import { dossierListScope } from '../../../domain/dossier/dossier-policy';
import { FORWARDED_STATUSES } from '../../../domain/dossier/dossier-workflow';
import type { DossierStatus, DossierType } from '../../../domain/dossier/dossier.types';
import { loadDeadlineCalendar } from './dossier-deadlines';
import { loadDossierOutcomes } from './dossier-outcome';
import { presentDossierSummary } from './dossier.presenter';

/**
 * The dossiers the actor may see (its producers', its commune's submitted ones, forwarded ones of
 * its province), each evaluated one with its outcome.
 */
export async function listDossiers(params: {
  db: Database;
  actor: Actor;
  query: {
    status?: DossierStatus | undefined;
    statuses?: readonly DossierStatus[];
    type?: DossierType | undefined;
    productId?: string | undefined;
    limit: number;
    offset: number;
  };
  now: Date;
}): Promise<ListDossiersOutput> {
  const { db, actor, query } = params;
  const scope = dossierListScope(actor, await listMemberProducerIds(db, actor.accountId));
  const statuses = query.statuses ?? (query.status ? [query.status] : undefined);
  const { rows, total } = await listDossiersWithNames(db, {
    ...scope,
    forwardedStatuses: FORWARDED_STATUSES,
    statuses,
    type: query.type,
    productId: query.productId,
    limit: query.limit,
    offset: query.offset,
  });
  const calendar = await loadDeadlineCalendar(
    db,
    params.now,
    rows.map((row) => row.communePath),
  );
  const outcomes = await loadDossierOutcomes({
    db,
    dossiers: rows.map((row) => row.dossier),
    now: params.now,
  });
  return {
    items: rows.map((row) =>
      presentDossierSummary(row, params.now, calendar, outcomes.get(row.dossier.id) ?? null),
    ),
    total,
  };
}
