import type { Database } from '../../../db/database';
import { findStatisticsUnits } from '../../../db/repositories/statistics.repository';
import { can, scopesFor, type Actor } from '../../../domain/access/permissions';
import { pathIds } from '../../../domain/access/unit-path';
import { forbidden, notFound } from '../../../domain/errors';
import { ensureFreshness, type Freshness } from './statistics-freshness';
import type { StatisticsRefresher } from './statistics-refresher';

/**
 * Recomputes the figures now: one province (the given one within the caller's jurisdiction, or by
 * default the caller's own) or, for a central grant without `provinceId`, the nation.
 */
export async function refreshStatisticsOnRequest(params: {
  db: Database;
  actor: Actor;
  provinceId?: string | undefined;
  now: Date;
  refresher: StatisticsRefresher;
}): Promise<{ durationMs: number; freshness: Freshness }> {
  const { db, actor, refresher } = params;
  const scopes = scopesFor(actor, 'statistics.refresh');
  const isCentral = scopes.some((path) => pathIds(path).length === 1);
  const provinceId = params.provinceId ?? (isCentral ? undefined : pathIds(scopes[0] ?? '')[1]);
  if (provinceId) {
    const [province] = await findStatisticsUnits(db, [provinceId]);
    if (!province || province.level !== 'province') throw notFound('tỉnh', 'Province');
    if (!can(actor, 'statistics.refresh', { unitPath: province.path })) throw forbidden();
  } else if (!isCentral) throw forbidden();
  const durationMs = await refresher.refreshNow(provinceId);
  return { durationMs, freshness: await ensureFreshness({ db, now: params.now, refresher }) };
}
