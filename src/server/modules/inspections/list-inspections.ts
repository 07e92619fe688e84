import type { Database } from '../../../db/database';
import { listMemberProducerIds } from '../../../db/repositories/dossiers.repository';
import { listInspections as listRows } from '../../../db/repositories/inspections.repository';
import { scopesFor, type Actor } from '../../../domain/access/permissions';

/**
 * Inspections the actor may see, newest first: every record of the units where it is an office,
 * leader or inspector; the producer's own records once submitted. Paginated, filtered in SQL.
 */
export async function listInspections(params: {
  db: Database;
  actor: Actor;
  query: {
    status?: string | undefined;
    agency?: string | undefined;
    producerId?: string | undefined;
    limit: number;
    offset: number;
  };
}) {
  const { db, actor } = params;
  const official = { ...actor, grants: actor.grants.filter((g) => g.role !== 'producer') };
  const producerGrants =
    actor.grants.some((g) => g.role === 'producer') && scopesFor(actor, 'inspection.read').length > 0;
  return listRows(db, {
    unitPaths: scopesFor(official, 'inspection.read'),
    producerIds: producerGrants ? await listMemberProducerIds(db, actor.accountId) : [],
    ...params.query,
  });
}
