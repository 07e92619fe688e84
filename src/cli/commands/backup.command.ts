import path from 'node:path';
import type { Command } from 'commander';
import { createBackup } from '../../db/backup/backup';
import { BackupFileError } from '../../db/backup/backup-format';
import { restoreBackup } from '../../db/backup/restore';
import { CliError, printJson, withDatabase } from '../cli-context';

function printTables(tables: { name: string; rows: number }[]): void {
  for (const table of tables)
    process.stdout.write(`  ${table.name.padEnd(32)} ${String(table.rows).padStart(10)}\n`);
}

/** Turns the expected failures (bad file, existing file, non-empty target) into a plain message. */
async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupFileError) throw new CliError(error.message, 2);
    throw error;
  }
}

/** `ocop backup <file>` / `ocop restore <file>`: logical backups that move between PGlite and PostgreSQL. */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('Sao lưu toàn bộ dữ liệu ra tệp / write a backup of all data to a file (.ocop-backup.gz)')
    .argument('<file>', 'tệp đích, chưa tồn tại / target file, must not exist')
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const target = path.resolve(file);
      const summary = await explained(() =>
        withDatabase((handle) =>
          createBackup({ db: handle.db, file: target, source: handle.kind, now: new Date() }),
        ),
      );
      if (options.json) return printJson(summary);
      process.stdout.write(
        `Đã sao lưu / backup written: ${summary.file} (${summary.rows} rows, ${summary.bytes} bytes, migration ${summary.migration.tag})\n`,
      );
      printTables(summary.tables);
    });

  program
    .command('restore')
    .description('Khôi phục dữ liệu từ tệp sao lưu / restore all data from a backup file')
    .argument('<file>', 'tệp sao lưu / backup file')
    .option('--force', 'thay thế dữ liệu đang có / replace the data the database holds now')
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .action(async (file: string, options: { force?: boolean; json?: boolean }) => {
      const source = path.resolve(file);
      const summary = await explained(() =>
        withDatabase((handle) =>
          restoreBackup({ db: handle.db, file: source, replaceExisting: options.force === true }),
        ),
      );
      if (options.json) return printJson(summary);
      process.stdout.write(
        `Đã khôi phục / restored: ${summary.rows} rows from ${source} ` +
          `(${summary.header.source}, ${summary.header.createdAt}, migration ${summary.header.migration.tag})\n`,
      );
      printTables(summary.tables);
      for (const table of summary.skippedTables)
        process.stdout.write(
          `  bỏ qua / skipped ${table.name}: ${table.rows} rows (bảng đã bỏ ở / table dropped in ${table.droppedIn})\n`,
        );
    });
}
