import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProvinceMap } from '../../src/server/modules/statistics/statistics-map-file';
import { refreshStatistics } from '../../src/server/modules/statistics/refresh-statistics';
import { buildUnit } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';

/**
 * The public statistics page and open data, and the province map file: served without sign-in,
 * drawn with both archipelagos, replaced by an operator's file only when that file keeps them.
 */
const NOW = new Date('2026-03-02T08:00:00Z');
const BOXES = {
  hoangSa: { code: '48', west: 111, east: 113, south: 15.7, north: 17.2 },
  truongSa: { code: '56', west: 111.5, east: 118, south: 6.5, north: 11.6 },
};
type Ring = [number, number][];
interface Feature {
  properties: { code: string; name: string };
  geometry: { type: string; coordinates: unknown };
}

/** Polygons of province `code` lying entirely in the box (an independent reading of the GeoJSON). */
function islandsIn(features: Feature[], box: (typeof BOXES)['hoangSa']): number {
  const feature = features.find((f) => f.properties.code === box.code);
  if (!feature) return 0;
  const polygons = (
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates
  ) as Ring[][];
  return polygons.filter((polygon) =>
    polygon[0]!.every(([x, y]) => x >= box.west && x <= box.east && y >= box.south && y <= box.north),
  ).length;
}

let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-stats-'));
  t = await createTestApp({ now: NOW, config: { dataDir } });
  const nation = await buildUnit(t.db, { level: 'nation', code: 'VNP', name: 'Việt Nam' });
  const province = await buildUnit(t.db, {
    level: 'province',
    parent: nation,
    code: '48',
    name: '=Thành phố Đà Nẵng',
  });
  const commune = await buildUnit(t.db, { level: 'commune', parent: province, name: 'Phường Hải Châu' });
  await buildCertifiedProduct(t.db, { province, commune }, { stars: 4 });
  await buildCertifiedProduct(t.db, { province, commune }, { stars: 3 });
  await refreshStatistics({ db: t.db, now: NOW });
}, 120_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the province map file', () => {
  it('keeps island polygons of Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa)', async () => {
    const response = await t.app.inject({ url: '/api/v1/statistics/map/provinces.geojson' });
    expect(response.statusCode).toBe(200);
    const features = response.json<{ features: Feature[] }>().features;
    expect(features).toHaveLength(34);
    expect(islandsIn(features, BOXES.hoangSa)).toBeGreaterThanOrEqual(3);
    expect(islandsIn(features, BOXES.truongSa)).toBeGreaterThanOrEqual(20);
  });

  it('an operator’s file without the islands is refused; one with them is served', async () => {
    const shipped = (await t.app.inject({ url: '/api/v1/statistics/map/provinces.geojson' })).json<{
      type: string;
      features: Feature[];
    }>();
    const withoutIslands = {
      ...shipped,
      features: shipped.features.map((f) =>
        f.properties.code === '56'
          ? { ...f, geometry: { type: 'Polygon', coordinates: (f.geometry.coordinates as unknown[])[2] } }
          : f,
      ),
    };
    await expect(
      importProvinceMap({ dataDir, content: JSON.stringify(withoutIslands), attribution: 'x' }),
    ).rejects.toThrow(/Truong Sa/);
    const official = {
      ...shipped,
      features: shipped.features.map((f) => ({ ...f, properties: { ...f.properties, source: 'official' } })),
    };
    await importProvinceMap({
      dataDir,
      content: JSON.stringify(official),
      attribution: 'Bản đồ chính thức, Bộ NN&MT',
    });
    const served = await t.app.inject({ url: '/api/v1/statistics/map/provinces.geojson' });
    expect(served.json<{ features: Feature[] }>().features[0]!.properties).toMatchObject({
      source: 'official',
    });
    expect(decodeURIComponent(String(served.headers['x-map-attribution']))).toBe(
      'Bản đồ chính thức, Bộ NN&MT',
    );
  });
});

describe('the public statistics page and open data', () => {
  it('shows the figures and the map with both archipelagos, without sign-in', async () => {
    const response = await t.app.inject({ url: '/thong-ke' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Quần đảo Hoàng Sa');
    expect(response.body).toContain('Quần đảo Trường Sa');
    // A named group of province links (an image may hold no links).
    expect(response.body).toMatch(/<svg[^>]*role="group" aria-label="Bản đồ số sản phẩm OCOP theo tỉnh"/);
    expect(response.body).toContain('Số liệu cập nhật lúc');
    const province = await t.app.inject({ url: '/thong-ke?tinh=48' });
    expect(province.body).toContain('Phường Hải Châu');
    expect(province.body).toContain('4 sao');
  });

  it('open data: CSV with a byte-order mark, Vietnamese headers and formula-safe cells; JSON with dictionary and licence', async () => {
    const csv = await t.app.inject({ url: '/open-data/statistics.csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const lines = csv.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Mã tỉnh,Tỉnh/thành phố,Số sao,Mã nhóm,Nhóm sản phẩm,Số sản phẩm,Số giấy chứng nhận,Sắp hết hạn (90 ngày)',
    );
    expect(lines.slice(1).every((line) => line.startsWith("48,'=Thành phố Đà Nẵng,"))).toBe(true);
    expect(
      lines
        .slice(1)
        .map((line) => line.split(',')[2])
        .sort(),
    ).toEqual(['3', '4']);
    const json = (await t.app.inject({ url: '/open-data/statistics.json' })).json<{
      licence: { name: string };
      dictionary: { field: string }[];
      items: { stars: number; products: number }[];
    }>();
    expect(json.licence.name).toContain('CC BY 4.0');
    expect(json.dictionary.map((d) => d.field)).toContain('products');
    expect(json.items.reduce((sum, item) => sum + item.products, 0)).toBe(2);
  });
});
