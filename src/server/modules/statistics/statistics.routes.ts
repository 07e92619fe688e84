import { z } from 'zod';
import { commonErrorResponses } from '../../../contracts/problem.contracts';
import {
  GetStatisticsMapOutput,
  GetStatisticsMapQuery,
  GetStatisticsOutput,
  GetStatisticsQuery,
  RefreshStatisticsInput,
  RefreshStatisticsOutput,
} from '../../../contracts/statistics.contracts';
import { dbOf, requireActor, type AppInstance } from '../../context';
import { PUBLIC_ROUTE } from '../../route-config';
import { enforceRequiredPermissions } from '../../route-permission';
import { publicStatisticsRoutes } from '../../public/statistics-page.routes';
import { getStatistics } from './get-statistics';
import { getStatisticsMap } from './get-statistics-map';
import { refreshStatisticsOnRequest } from './refresh-statistics-on-request';
import { loadProvinceMap } from './statistics-map-file';
import { statisticsRefresherOf } from './statistics-refresher';
import { readDatabaseOf } from '../../cluster/read-database';

const tags = ['statistics'];
const responses = (ok: z.ZodType) => ({ 200: ok, ...commonErrorResponses });

/** Figures from the pre-aggregated tables, the choropleth data and the province map file. */
export async function statisticsRoutes(app: AppInstance): Promise<void> {
  enforceRequiredPermissions(app);
  await publicStatisticsRoutes(app);
  const refresher = statisticsRefresherOf(app.deps);
  const now = () => app.deps.clock();

  app.get(
    '/api/v1/statistics',
    {
      config: { requiredPermission: 'statistics.read' },
      schema: {
        operationId: 'getStatistics',
        tags,
        summary: 'Số liệu thống kê / figures by dimensions and filters',
        querystring: GetStatisticsQuery,
        response: responses(GetStatisticsOutput),
      },
    },
    async (request) =>
      getStatistics({
        db: readDatabaseOf(app.deps),
        actor: requireActor(request),
        query: request.query,
        now: now(),
        refresher,
      }),
  );

  app.get(
    '/api/v1/statistics/map',
    {
      config: { requiredPermission: 'statistics.read' },
      schema: {
        operationId: 'getStatisticsMap',
        tags,
        summary: 'Số liệu theo tỉnh / xã cho bản đồ / figures per province or commune for a choropleth',
        querystring: GetStatisticsMapQuery,
        response: responses(GetStatisticsMapOutput),
      },
    },
    async (request) =>
      getStatisticsMap({
        db: readDatabaseOf(app.deps),
        actor: requireActor(request),
        query: request.query,
        now: now(),
        refresher,
      }),
  );

  app.get(
    '/api/v1/statistics/map/provinces.geojson',
    {
      // Boundaries are public (the public statistics page draws the same map).
      config: PUBLIC_ROUTE,
      schema: {
        operationId: 'getStatisticsMapGeometry',
        tags,
        summary: 'Bản đồ tỉnh (GeoJSON, có quần đảo Hoàng Sa, Trường Sa) / province polygons',
        response: { 200: z.unknown() },
      },
    },
    async (_request, reply) => {
      const loaded = await loadProvinceMap(app.deps.config.dataDir);
      return reply
        .header('cache-control', 'public, max-age=3600')
        .header('x-map-attribution', encodeURIComponent(loaded.attribution))
        .type('application/geo+json; charset=utf-8')
        .send(loaded.text);
    },
  );

  app.post(
    '/api/v1/statistics/refresh',
    {
      config: { requiredPermission: 'statistics.refresh' },
      schema: {
        operationId: 'refreshStatistics',
        tags,
        summary: 'Tính lại số liệu ngay / recompute the figures now',
        body: RefreshStatisticsInput,
        response: responses(RefreshStatisticsOutput),
      },
    },
    async (request) =>
      refreshStatisticsOnRequest({
        db: dbOf(request),
        actor: requireActor(request),
        provinceId: request.body.provinceId,
        now: now(),
        refresher,
      }),
  );
}
