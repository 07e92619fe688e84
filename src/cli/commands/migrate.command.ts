import type { Command } from 'commander';
import { withDatabase } from '../cli-context';

/** `ocop migrate`: applies the committed migrations to the configured database. */
export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Cập nhật cấu trúc cơ sở dữ liệu / apply database migrations')
    .action(async () => {
      await withDatabase(async (handle) => {
        process.stdout.write(`Đã cập nhật cơ sở dữ liệu / database migrated: ${handle.location}\n`);
      });
    });
}
