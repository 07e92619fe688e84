import type { ListConsultantsOutput, PromotionListQuery } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import {
  listConsultants as listRows,
  listContractsOfConsultants,
} from '../../../db/repositories/promotion-consultants.repository';
import type { Actor } from '../../../domain/access/permissions';
import { listScope } from './promotion-access';
import { presentConsultant } from './promotion.presenter';

/** The consultants in the directories of the actor's units, by name, paginated. */
export async function listConsultants(params: {
  db: Database;
  actor: Actor;
  query: PromotionListQuery;
}): Promise<ListConsultantsOutput> {
  const { db, query } = params;
  const { rows, total } = await listRows(db, {
    ...(await listScope(db, params.actor, query.unitId)),
    limit: query.limit,
    offset: query.offset,
  });
  const contracts = await listContractsOfConsultants(
    db,
    rows.map((r) => r.consultant.id),
  );
  return { items: rows.map((row) => presentConsultant(row, contracts)), total };
}
