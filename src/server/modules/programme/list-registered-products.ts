import type { ListRegisteredProductsOutput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { listMemberProducerIds } from '../../../db/repositories/dossiers.repository';
import {
  latestBusinessPlanStatusOfIdeas,
  listIdeasWithNames,
} from '../../../db/repositories/ideas.repository';
import { findUnit } from '../../../db/repositories/plans.repository';
import type { Actor } from '../../../domain/access/permissions';
import { isWithinUnit } from '../../../domain/access/unit-path';
import { notFound } from '../../../domain/errors';
import { proposalListScope } from '../../../domain/programme/programme-policy';

/**
 * Danh sách sản phẩm đăng ký tham gia — the accepted ideas of a year, for a commune or a province
 * (or everything the actor sees), with the state of each one's business plan and dossier.
 * @throws NOT_FOUND (unknown unit)
 */
export async function listRegisteredProducts(params: {
  db: Database;
  actor: Actor;
  query: { year: number; unitId?: string | undefined; limit: number; offset: number };
}): Promise<ListRegisteredProductsOutput> {
  const { db, actor, query } = params;
  const scope = proposalListScope(actor, await listMemberProducerIds(db, actor.accountId));
  let unitPaths = scope.unitPaths;
  let producerIds = scope.producerIds;
  if (query.unitId) {
    const unit = await findUnit(db, query.unitId);
    if (!unit) throw notFound('đơn vị', 'Unit');
    // Narrow the actor's reach to the unit asked for, never widen it.
    unitPaths = scope.unitPaths.flatMap((p) =>
      isWithinUnit(unit.path, p) ? [unit.path] : isWithinUnit(p, unit.path) ? [p] : [],
    );
    producerIds = [];
  }
  const { rows, total } = await listIdeasWithNames(db, {
    producerIds,
    unitPaths,
    year: query.year,
    status: 'accepted',
    limit: query.limit,
    offset: query.offset,
  });
  const planStatus = await latestBusinessPlanStatusOfIdeas(
    db,
    rows.map((r) => r.idea.id),
  );
  return {
    year: query.year,
    total,
    items: rows.map((r) => ({
      ideaId: r.idea.id,
      productName: r.idea.productName,
      productSet: r.idea.productSet,
      producerId: r.idea.producerId,
      producerName: r.producerName,
      communeId: r.idea.communeId,
      communeName: r.communeName,
      businessPlanStatus: planStatus.get(r.idea.id) ?? null,
      dossierId: r.idea.dossierId,
    })),
  };
}
