import { z } from 'zod';
import { findRefreshState } from '../../db/repositories/statistics-refresh.repository';
import {
  listCommunesInForce,
  listProvincesInForce,
  queryFigures,
  type FigureQuery,
} from '../../db/repositories/statistics.repository';
import { SET_GROUPS } from '../../domain/statistics/statistics-datasets';
import { codedKeyLabel } from '../../domain/statistics/statistics-labels';
import type { StatisticsScope } from '../../domain/statistics/statistics-scope';
import type { AppInstance } from '../context';
import { loadProvinceMap } from '../modules/statistics/statistics-map-file';
import { statisticsRefresherOf } from '../modules/statistics/statistics-refresher';
import {
  mapSvg,
  OPEN_DATA_LICENCE,
  renderStatisticsPage,
  STATISTICS_DICTIONARY,
  statisticsCsv,
  statisticsRecords,
} from './statistics-page';
import { readDatabaseOf } from '../cluster/read-database';
import { LookupCache, PUBLIC_CACHE_TTL_MS } from './public-cache';

const PageQuery = z.object({ tinh: z.string().max(10).optional().catch(undefined) });

/** Public statistics: the page `/thong-ke` and the open data `/open-data/statistics.{json,csv}`. */
export async function publicStatisticsRoutes(app: AppInstance): Promise<void> {
  const db = () => readDatabaseOf(app.deps);
  const refresher = statisticsRefresherOf(app.deps);
  const today = () => app.deps.clock().toISOString().slice(0, 10);

  /** The figures of valid certificates, computed first if they never were. */
  const figures = async (scope: StatisticsScope, dimensions: FigureQuery['dimensions']) => {
    if (!(await findRefreshState(db()))) await refresher.refreshNow();
    return queryFigures(db(), {
      dataset: 'certificates',
      dimensions,
      filters: { status: 'valid' },
      scope,
      today: today(),
      setGroups: SET_GROUPS,
    });
  };
  const pairs = (rows: Awaited<ReturnType<typeof figures>>, dimension: 'stars' | 'group') =>
    rows.map((row): [string, number] => [
      row.keys[dimension] === null
        ? 'Không xác định'
        : (codedKeyLabel('certificates', dimension, row.keys[dimension]!, today()) ?? ''),
      row.values.products ?? 0,
    ]);

  /**
   * Rendered pages and open-data records per refresh: the figures change only when a refresh
   * commits (its time is in the key); the TTL bounds how long a new map file waits.
   */
  const pages = new LookupCache<string>({ ttlMs: PUBLIC_CACHE_TTL_MS, maxEntries: 200 });
  const recordCache = new LookupCache<Awaited<ReturnType<typeof records>>>({
    ttlMs: PUBLIC_CACHE_TTL_MS,
    maxEntries: 4,
  });
  const refreshKey = async () => (await findRefreshState(db()))?.refreshedAt.toISOString() ?? 'never';

  app.get('/thong-ke', { schema: { hide: true } }, async (request, reply) => {
    const { tinh } = PageQuery.parse(request.query ?? {});
    const html = await pages.getOrLoad(`${await refreshKey()}|${tinh ?? ''}`, () => renderPage(tinh));
    return reply.header('cache-control', 'public, max-age=300').type('text/html; charset=utf-8').send(html);
  });

  const renderPage = async (tinh: string | undefined): Promise<string> => {
    const provinces = await listProvincesInForce(db());
    const province = tinh ? provinces.find((p) => p.code === tinh) : undefined;
    const scope: StatisticsScope = province
      ? { kind: 'province', provinceId: province.id }
      : { kind: 'nation' };
    const [byStars, byGroup] = [await figures(scope, ['stars']), await figures(scope, ['group'])];
    const loaded = await loadProvinceMap(app.deps.config.dataDir);
    let byArea: [string, number][];
    let mapHtml = '';
    if (province) {
      const communes = new Map((await listCommunesInForce(db(), province.id)).map((c) => [c.id, c.name]));
      byArea = (await figures(scope, ['commune'])).map((row) => [
        communes.get(String(row.keys.commune)) ?? 'Không xác định',
        row.values.products ?? 0,
      ]);
    } else {
      const rows = await figures(scope, ['province']);
      const valueOf = new Map(rows.map((row) => [String(row.keys.province), row.values.products ?? 0]));
      byArea = provinces.map((p) => [p.name, valueOf.get(p.id) ?? 0]);
      mapHtml = mapSvg(loaded.map, new Map(provinces.map((p) => [p.code, valueOf.get(p.id) ?? 0])));
    }
    const state = await findRefreshState(db());
    return renderStatisticsPage({
      title: province ? `Thống kê sản phẩm OCOP — ${province.name}` : 'Thống kê sản phẩm OCOP cả nước',
      ...(province ? { provinceName: province.name } : {}),
      byStars: pairs(byStars, 'stars'),
      byGroup: pairs(byGroup, 'group'),
      byArea,
      areaHeader: province ? 'Theo xã, phường / by commune' : 'Theo tỉnh, thành phố / by province',
      mapHtml,
      refreshedAt: state ? state.refreshedAt.toISOString() : null,
      attribution: `${OPEN_DATA_LICENCE.attributionVi}. Bản đồ / map: ${loaded.attribution}`,
    });
  };

  const records = async () => {
    const provinces = await listProvincesInForce(db());
    const rows = await figures({ kind: 'nation' }, ['province', 'stars', 'group']);
    return statisticsRecords(rows, new Map(provinces.map((p) => [p.id, { code: p.code, name: p.name }])));
  };

  app.get('/open-data/statistics.json', { schema: { hide: true } }, async (_request, reply) => {
    const items = await recordCache.getOrLoad(await refreshKey(), records);
    const state = await findRefreshState(db());
    return reply
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .send({
        generatedAt: state?.refreshedAt.toISOString() ?? null,
        asOf: state?.asOf ?? null,
        licence: OPEN_DATA_LICENCE,
        documentation: '/open-data/statistics.json — docs/api/open-data-statistics.md',
        dictionary: STATISTICS_DICTIONARY,
        count: items.length,
        items,
      });
  });

  app.get('/open-data/statistics.csv', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .header('content-disposition', 'attachment; filename="thong-ke-ocop.csv"')
      .type('text/csv; charset=utf-8')
      .send(statisticsCsv(await recordCache.getOrLoad(await refreshKey(), records))),
  );
}
