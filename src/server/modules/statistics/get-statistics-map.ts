import type { GetStatisticsMapOutput, GetStatisticsMapQuery } from '../../../contracts/statistics.contracts';
import type { Database } from '../../../db/database';
import {
  listCommunesInForce,
  listProvincesInForce,
  queryFigures,
} from '../../../db/repositories/statistics.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError, forbidden } from '../../../domain/errors';
import { DATASET_SHAPES, SET_GROUPS } from '../../../domain/statistics/statistics-datasets';
import { resolveStatisticsScope } from './statistics-access';
import { ensureFreshness } from './statistics-freshness';
import type { StatisticsRefresher } from './statistics-refresher';

/** Where the dashboard fetches the province polygons (see statistics-map-file.ts). */
export const PROVINCE_GEOMETRY_URL = '/api/v1/statistics/map/provinces.geojson';

/**
 * Figures per area for a choropleth: every province in force for the nation, every commune of
 * the province for a province (or the commune itself), zero where nothing was counted.
 */
export async function getStatisticsMap(params: {
  db: Database;
  actor: Actor;
  query: GetStatisticsMapQuery;
  now: Date;
  refresher: StatisticsRefresher;
}): Promise<GetStatisticsMapOutput> {
  const { db, actor, query, now } = params;
  const measures: readonly string[] = DATASET_SHAPES[query.dataset].measures;
  const measure = query.measure ?? measures[0]!;
  if (!measures.includes(measure))
    throw new DomainError(
      'VALIDATION_FAILED',
      `Chỉ tiêu không có trong bộ số liệu: ${measures.join(', ')}.`,
      `Measure not in the dataset: ${measures.join(', ')}.`,
      [{ field: 'measure', messageVi: 'Chỉ tiêu không hợp lệ', messageEn: 'Unknown measure' }],
    );
  const { scope, unit } = await resolveStatisticsScope({ db, actor, unitId: query.unitId });
  if (scope.kind === 'producers') throw forbidden();
  const freshness = await ensureFreshness({ db, now, refresher: params.refresher });
  const level = scope.kind === 'nation' ? 'province' : 'commune';
  const areas =
    scope.kind === 'nation'
      ? await listProvincesInForce(db)
      : (await listCommunesInForce(db, scope.provinceId)).filter(
          (area) => scope.kind !== 'commune' || area.id === scope.communeId,
        );
  const canBreakDown = query.dataset !== 'stamps' || level === 'province';
  const rows = canBreakDown
    ? await queryFigures(db, {
        dataset: query.dataset,
        dimensions: [level],
        filters: query,
        scope,
        today: now.toISOString().slice(0, 10),
        setGroups: SET_GROUPS,
      })
    : [];
  const valueOf = new Map(rows.map((row) => [row.keys[level], row.values[measure] ?? 0]));
  return {
    dataset: query.dataset,
    measure,
    level,
    unit: unit ? { id: unit.id, code: unit.code, name: unit.name, level: unit.level } : null,
    areas: areas.map((area) => ({
      unitId: area.id,
      code: area.code,
      name: area.name,
      value: valueOf.get(area.id) ?? 0,
    })),
    geometryUrl: level === 'province' ? PROVINCE_GEOMETRY_URL : null,
    freshness,
  };
}
