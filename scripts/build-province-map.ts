/**
 * Builds the national choropleth map shipped with the product, `assets/maps/vietnam-provinces-2025.geojson`,
 * from the administrative-units reference (`../shared/reference/admin-units/provinces-2025-simplified.geojson`,
 * MIT; see assets/maps/ATTRIBUTION.md). It READS the reference and writes the product's file:
 *
 *   node bin/run-ts.js scripts/build-province-map.ts [source.geojson] [--percentage 40]
 *
 * Simplification is mapshaper's Visvalingam with `keep-shapes`. `keep-shapes` protects features,
 * not the parts of a multipolygon, so every polygon is first made a feature of its own (`-explode`)
 * and the provinces are put back together afterwards (`-dissolve code`): no island, however small,
 * disappears. Coordinates are rounded to 0.001° (~100 m). The result is checked with the same rules
 * `ocop map import` applies (src/domain/statistics/province-map.ts): one feature per province code,
 * and the island polygons of Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) still present. The script
 * refuses to write a file that fails them. Documented in docs/statistics.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mapshaper from 'mapshaper';
import {
  ARCHIPELAGOS,
  checkProvinceMap,
  islandPolygons,
  type ProvinceMap,
} from '../src/domain/statistics/province-map';

const args = process.argv.slice(2);
const percentageAt = args.indexOf('--percentage');
const percentage = percentageAt >= 0 ? Number(args[percentageAt + 1]) : 40;
const source =
  args.find((arg, index) => !arg.startsWith('--') && index !== percentageAt + 1) ??
  path.resolve('..', 'shared', 'reference', 'admin-units', 'provinces-2025-simplified.geojson');
const target = path.resolve('assets', 'maps', 'vietnam-provinces-2025.geojson');

const input = readFileSync(source, 'utf8');
const output = await mapshaper.applyCommands(
  `-i in.geojson -filter-fields code,name -explode -simplify ${percentage}% keep-shapes -dissolve code copy-fields=name -o out.geojson format=geojson precision=0.001`,
  { 'in.geojson': input },
);
const text = String(output['out.geojson']);
const map = JSON.parse(text) as ProvinceMap;
const problems = checkProvinceMap(map);
if (problems.length) {
  for (const problem of problems) process.stderr.write(`${problem.messageEn}\n`);
  process.exit(1);
}
// One feature per line: small diffs when the reference changes.
const body = `{"type":"FeatureCollection","features":[\n${map.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
writeFileSync(target, body);
const islands = ARCHIPELAGOS.map((a) => `${a.nameEn}: ${islandPolygons(map, a).length} island polygons`).join(
  '; ',
);
process.stdout.write(
  `${path.relative(process.cwd(), target)}: ${map.features.length} provinces, ${Math.round(body.length / 1024)} KB (source ${Math.round(input.length / 1024)} KB); ${islands}\n`,
);
