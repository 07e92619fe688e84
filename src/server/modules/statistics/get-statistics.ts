import type { GetStatisticsOutput, GetStatisticsQuery } from '../../../contracts/statistics.contracts';
import type { Database } from '../../../db/database';
import { findStatisticsUnits, queryFigures } from '../../../db/repositories/statistics.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError, forbidden } from '../../../domain/errors';
import {
  DATASET_SHAPES,
  hasDimensions,
  SET_GROUPS,
  type StatisticsDimension,
} from '../../../domain/statistics/statistics-datasets';
import { codedKeyLabel } from '../../../domain/statistics/statistics-labels';
import { resolveStatisticsScope } from './statistics-access';
import { ensureFreshness } from './statistics-freshness';
import type { StatisticsRefresher } from './statistics-refresher';

const UNIT_DIMENSIONS: readonly StatisticsDimension[] = [
  'province',
  'commune',
  'formerProvince',
  'formerDistrict',
];
/** What a producer sees of its own products. */
const PRODUCER_DATASETS = new Set(['certificates', 'stamps']);

function invalid(field: string, messageVi: string, messageEn: string): DomainError {
  return new DomainError('VALIDATION_FAILED', messageVi, messageEn, [{ field, messageVi, messageEn }]);
}

/**
 * Figures of one dataset, summed per combination of the asked dimensions, within the caller's
 * jurisdiction (or a unit inside it), from the pre-aggregated tables only, with their freshness.
 */
export async function getStatistics(params: {
  db: Database;
  actor: Actor;
  query: GetStatisticsQuery;
  now: Date;
  refresher: StatisticsRefresher;
}): Promise<GetStatisticsOutput> {
  const { db, actor, query, now } = params;
  const dimensions = query.by ?? [];
  if (!hasDimensions(query.dataset, dimensions))
    throw invalid(
      'by',
      `Bộ số liệu ${query.dataset} chỉ chia theo: ${DATASET_SHAPES[query.dataset].dimensions.join(', ')}.`,
      `Dataset ${query.dataset} breaks down by: ${DATASET_SHAPES[query.dataset].dimensions.join(', ')}.`,
    );
  const { scope, unit } = await resolveStatisticsScope({ db, actor, unitId: query.unitId });
  if (scope.kind === 'producers' && !PRODUCER_DATASETS.has(query.dataset)) throw forbidden();
  const freshness = await ensureFreshness({ db, now, refresher: params.refresher });
  const today = now.toISOString().slice(0, 10);
  const rows = await queryFigures(db, {
    dataset: query.dataset,
    dimensions,
    filters: query,
    scope,
    today,
    setGroups: SET_GROUPS,
  });
  const unitIds = new Set<string>();
  for (const row of rows)
    for (const dimension of UNIT_DIMENSIONS) {
      const value = row.keys[dimension];
      if (typeof value === 'string') unitIds.add(value);
    }
  const names = new Map((await findStatisticsUnits(db, [...unitIds])).map((u) => [u.id, u.name]));
  const measures: string[] = [...DATASET_SHAPES[query.dataset].measures];
  const summable = query.dataset === 'leadTimes' ? ['dossiers'] : measures;
  return {
    dataset: query.dataset,
    dimensions,
    measures,
    scope: {
      kind: scope.kind,
      unit: unit ? { id: unit.id, code: unit.code, name: unit.name, level: unit.level } : null,
    },
    rows: rows.map((row) => ({
      keys: row.keys,
      labels: Object.fromEntries(
        Object.entries(row.keys).map(([dimension, value]) => [
          dimension,
          value === null
            ? 'Không xác định'
            : (codedKeyLabel(query.dataset, dimension as StatisticsDimension, value, today) ??
              names.get(String(value)) ??
              String(value)),
        ]),
      ),
      values: row.values,
    })),
    totals: Object.fromEntries(
      summable.map((measure) => [measure, rows.reduce((sum, row) => sum + (row.values[measure] ?? 0), 0)]),
    ),
    freshness,
  };
}
