import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../server/config';
import { refreshStatistics } from '../../server/modules/statistics/refresh-statistics';
import { importProvinceMap } from '../../server/modules/statistics/statistics-map-file';
import { withDatabase } from '../cli-context';

/**
 * `ocop stats refresh [--province <id>]`: recomputes the statistics tables now (the server also
 * does it after writes, daily and when a read finds them stale). `ocop map import <file>`: installs
 * an operator's province boundaries for the statistics maps after checking them.
 */
export function registerStatsCommands(program: Command): void {
  program
    .command('stats')
    .description('Số liệu thống kê / statistics')
    .command('refresh')
    .description('Tính lại số liệu tổng hợp / recompute the pre-aggregated figures')
    .option('--province <id>', 'chỉ một tỉnh (id) / one province only')
    .action(async (options: { province?: string }) => {
      const { durationMs } = await withDatabase((handle) =>
        refreshStatistics({ db: handle.db, now: new Date(), provinceId: options.province }),
      );
      process.stdout.write(`Đã tính lại số liệu / figures recomputed in ${durationMs} ms\n`);
    });

  program
    .command('map')
    .description('Bản đồ thống kê / statistics map')
    .command('import')
    .description(
      'Thay bản đồ tỉnh (GeoJSON, thuộc tính "code" = mã tỉnh; phải có các đảo thuộc Hoàng Sa và Trường Sa) / replace the province map',
    )
    .argument('<geojson>', 'tệp GeoJSON / GeoJSON file')
    .requiredOption('--attribution <text>', 'nguồn và giấy phép của bản đồ / source and licence of the map')
    .action(async (file: string, options: { attribution: string }) => {
      const config = loadConfig();
      const content = await readFile(path.resolve(file), 'utf8');
      const { features } = await importProvinceMap({
        dataDir: config.dataDir,
        content,
        attribution: options.attribution,
      });
      process.stdout.write(`Đã nhập bản đồ / map imported: ${features} tỉnh / provinces\n`);
    });
}
