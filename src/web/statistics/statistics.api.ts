import type { GetStatisticsMapOutput, GetStatisticsOutput } from '../../contracts/statistics.contracts';
import type { ProvinceMap } from '../../domain/statistics/province-map';
import { apiRequest, type QueryValue } from '../api/http';

export type StatisticsQuery = Record<string, QueryValue>;

/** Client of the statistics endpoints (same contracts as the server). */
export const statisticsApi = {
  figures: (query: StatisticsQuery, signal?: AbortSignal) =>
    apiRequest<GetStatisticsOutput>('/statistics', { query, signal }),
  map: (query: StatisticsQuery, signal?: AbortSignal) =>
    apiRequest<GetStatisticsMapOutput>('/statistics/map', { query, signal }),
  /** The province polygons (GeoJSON with the Hoàng Sa and Trường Sa islands). */
  geometry: (signal?: AbortSignal) =>
    apiRequest<ProvinceMap>('/statistics/map/provinces.geojson', { signal }),
};
