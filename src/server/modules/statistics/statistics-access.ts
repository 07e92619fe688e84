import type { Database } from '../../../db/database';
import {
  findStatisticsUnits,
  listStatisticsMemberProducers,
  type StatisticsUnit,
} from '../../../db/repositories/statistics.repository';
import type { Actor } from '../../../domain/access/permissions';
import { pathIds } from '../../../domain/access/unit-path';
import { DomainError, forbidden, notFound } from '../../../domain/errors';
import {
  decideStatisticsScope,
  officeScopes,
  type StatisticsScope,
} from '../../../domain/statistics/statistics-scope';

/** Whose figures the actor reads (its own unit, or `unitId` within it); FORBIDDEN / NOT_FOUND otherwise. */
export async function resolveStatisticsScope(params: {
  db: Database;
  actor: Actor;
  unitId?: string | undefined;
}): Promise<{ scope: StatisticsScope; unit: StatisticsUnit | null }> {
  const { db, actor, unitId } = params;
  const widestPath = officeScopes(actor)[0];
  const widestId = widestPath ? pathIds(widestPath).at(-1) : undefined;
  const ids = [unitId, widestId].filter((id): id is string => id !== undefined);
  const units = await findStatisticsUnits(db, ids);
  const unit = unitId ? units.find((u) => u.id === unitId) : undefined;
  if (unitId && !unit) throw notFound('đơn vị hành chính', 'Administrative unit');
  const widestUnit = widestId ? units.find((u) => u.id === widestId) : undefined;
  const memberProducerIds =
    widestUnit || unit ? [] : await listStatisticsMemberProducers(db, actor.accountId);
  const decision = decideStatisticsScope({ actor, unit, widestUnit, memberProducerIds });
  if ('refusal' in decision) {
    if (decision.refusal === 'forbidden') throw forbidden();
    throw new DomainError(
      'VALIDATION_FAILED',
      'Chỉ có số liệu của cả nước, tỉnh hoặc xã.',
      'Figures exist for the nation, a province or a commune only.',
      [{ field: 'unitId', messageVi: 'Đơn vị không có số liệu riêng', messageEn: 'No figures of their own' }],
    );
  }
  return {
    scope: decision.scope,
    unit: unit ?? (decision.scope.kind === 'producers' ? null : (widestUnit ?? null)),
  };
}
