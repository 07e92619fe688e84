import { z } from 'zod';
import { PRODUCER_TYPES } from '../domain/registry/producer-types';
import { DOSSIER_TYPES } from '../domain/dossier/dossier.types';
import {
  CERTIFICATE_FIGURE_STATUSES,
  STATISTICS_DATASETS,
  STATISTICS_DIMENSIONS,
} from '../domain/statistics/statistics-datasets';

const optionalInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional();

/** Comma-separated dimensions (`by=stars,province`), at most three. */
const DimensionList = z
  .string()
  .max(200)
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  )
  .pipe(z.array(z.enum(STATISTICS_DIMENSIONS)).max(3))
  .describe(`Dimensions, comma-separated: ${STATISTICS_DIMENSIONS.join(', ')}`);

/** Filters shared by `getStatistics` and `getStatisticsMap`. */
const StatisticsFilters = {
  /** The unit whose figures are asked (nation, province or commune); default: the caller's own. */
  unitId: z.uuid().optional(),
  year: optionalInt(2000, 2100),
  group: optionalInt(1, 6),
  set: optionalInt(1, 99),
  stars: optionalInt(1, 5),
  status: z
    .string()
    .max(40)
    .optional()
    .describe(
      `Certificates: ${CERTIFICATE_FIGURE_STATUSES.join(', ')} (expiring = valid, ending within 90 days); products and dossiers: their status`,
    ),
  producerType: z.enum(PRODUCER_TYPES).optional(),
  type: z.enum(DOSSIER_TYPES).optional(),
};

export const GetStatisticsQuery = z.object({
  dataset: z.enum(STATISTICS_DATASETS).default('certificates'),
  by: DimensionList.optional(),
  ...StatisticsFilters,
});
export type GetStatisticsQuery = z.infer<typeof GetStatisticsQuery>;

/** When the figures were computed, and whether a write has happened since. */
export const StatisticsFreshness = z.object({
  refreshedAt: z.string().nullable().describe('ISO time of the last refresh; null before the first'),
  asOf: z.string().nullable().describe('Day statuses (valid, expiring, overdue) were computed for'),
  isStale: z.boolean().describe('A write happened after the last refresh; a refresh is on its way'),
});

export const StatisticsUnitOutput = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.string(),
});

export const StatisticsRowOutput = z.object({
  /** The row's value of each requested dimension (ids for units, numbers, codes). */
  keys: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  /** Labels of the keys (unit names, group and set names, status names), Vietnamese. */
  labels: z.record(z.string(), z.string()),
  values: z.record(z.string(), z.number()),
});

export const GetStatisticsOutput = z.object({
  dataset: z.enum(STATISTICS_DATASETS),
  dimensions: z.array(z.enum(STATISTICS_DIMENSIONS)),
  measures: z.array(z.string()),
  /** Whose figures: a unit, or `producer` for a producer's own products. */
  scope: z.object({
    kind: z.enum(['nation', 'province', 'commune', 'producers']),
    unit: StatisticsUnitOutput.nullable(),
  }),
  rows: z.array(StatisticsRowOutput),
  totals: z.record(z.string(), z.number()),
  freshness: StatisticsFreshness,
});
export type GetStatisticsOutput = z.infer<typeof GetStatisticsOutput>;

export const GetStatisticsMapQuery = z.object({
  dataset: z.enum(['certificates', 'products', 'dossiers', 'stamps']).default('certificates'),
  /** The measure coloured on the map (default: the dataset's first). */
  measure: z.string().max(40).optional(),
  ...StatisticsFilters,
});
export type GetStatisticsMapQuery = z.infer<typeof GetStatisticsMapQuery>;

export const StatisticsAreaOutput = z.object({
  unitId: z.string(),
  code: z.string(),
  name: z.string(),
  value: z.number(),
});

export const GetStatisticsMapOutput = z.object({
  dataset: z.string(),
  measure: z.string(),
  /** Provinces for the nation, communes for a province or commune. */
  level: z.enum(['province', 'commune']),
  unit: StatisticsUnitOutput.nullable(),
  areas: z.array(StatisticsAreaOutput),
  /** Where the polygons are (GeoJSON; `properties.code` = province code); null for communes. */
  geometryUrl: z.string().nullable(),
  freshness: StatisticsFreshness,
});
export type GetStatisticsMapOutput = z.infer<typeof GetStatisticsMapOutput>;

export const RefreshStatisticsInput = z.object({
  /** One province's figures only; default: the whole nation. */
  provinceId: z.uuid().optional(),
});
export const RefreshStatisticsOutput = z.object({
  durationMs: z.number().int(),
  freshness: StatisticsFreshness,
});
