import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { SYSTEM_AUDIT_CONTEXT } from '../../db/repositories/audit.repository';
import { dateInFileName, isIsoDate, toIsoDate } from '../../domain/admin-units/unit-dates';
import { getUnitStats } from '../../server/modules/units/get-unit-stats';
import { importUnits, type ImportUnitsResult } from '../../server/modules/units/import-units';
import { linkSuccessions, type LinkSuccessionsResult } from '../../server/modules/units/link-successions';
import { CliError, printJson, withDatabase } from '../cli-context';

async function readFileText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`Không đọc được tệp / cannot read the file ${file}: ${reason}`, 2);
  }
}

function dateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value))
    throw new CliError(`${name}: ngày không hợp lệ / invalid date "${value}" (YYYY-MM-DD)`, 2);
  return value;
}

/** The explicit date, else the date in the file name, else a clear error. */
function requiredDate(explicit: string | undefined, file: string, option: string): string {
  const date = dateOption(explicit, option) ?? dateInFileName(file);
  if (date) return date;
  throw new CliError(
    `Tên tệp không chứa ngày (YYYY-MM-DD): hãy chỉ rõ ${option} YYYY-MM-DD\n` +
      `The file name carries no date (YYYY-MM-DD): give ${option} YYYY-MM-DD`,
    2,
  );
}

function printImport(result: ImportUnitsResult, file: string): void {
  const levels = Object.entries(result.unitsInFile)
    .map(([level, count]) => `${level} ${count}`)
    .join(', ');
  process.stdout.write(
    `${path.basename(file)} (${result.format}, ${result.validFrom} → ${result.validTo ?? '…'}): ${levels}\n` +
      `  tạo mới / created ${result.created}, cập nhật / updated ${result.updated}, ` +
      `kết thúc / closed ${result.closed}, không đổi / unchanged ${result.unchanged}\n`,
  );
}

function printLinks(result: LinkSuccessionsResult): void {
  process.stdout.write(
    `Kế thừa / successions ${result.effectiveDate}: ${result.links} links, ` +
      `tạo mới / created ${result.created}, đã có / unchanged ${result.unchanged}\n`,
  );
  if (result.resolvedByName.length > 0) {
    process.stdout.write(
      `Mã sai, khớp theo tên / wrong code, matched by name (${result.resolvedByName.length}):\n`,
    );
    for (const notice of result.resolvedByName)
      process.stdout.write(`  ${notice.place}: ${notice.messageVi} / ${notice.messageEn}\n`);
  }
  if (result.skipped.length > 0) {
    process.stdout.write(
      `Bỏ qua, không có trong lịch sử / skipped, not in the imported history (${result.skipped.length}):\n`,
    );
    for (const notice of result.skipped)
      process.stdout.write(`  ${notice.place}: ${notice.messageVi} / ${notice.messageEn}\n`);
  }
}

/** `ocop units …`: import administrative units, link successions, statistics. */
export function registerUnitsCommand(program: Command): void {
  const units = program.command('units').description('Đơn vị hành chính / administrative units');

  units
    .command('import <file>')
    .description('Nhập danh mục đơn vị hành chính (3 cấp hoặc 2 cấp) / import a national list of units')
    .option(
      '--valid-from <date>',
      'ngày bắt đầu hiệu lực; mặc định: ngày trong tên tệp / first day in force (default: the date in the file name)',
    )
    .option(
      '--valid-to <date>',
      'ngày cuối hiệu lực, cho danh mục đã hết hiệu lực / last day in force, for a superseded list',
    )
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .action(async (file: string, options: { validFrom?: string; validTo?: string; json?: boolean }) => {
      const validFrom = requiredDate(options.validFrom, file, '--valid-from');
      const validTo = dateOption(options.validTo, '--valid-to');
      const text = await readFileText(file);
      const result = await withDatabase((handle) =>
        importUnits({
          db: handle.db,
          text,
          fileName: path.basename(file),
          validFrom,
          validTo,
          now: new Date(),
          audit: SYSTEM_AUDIT_CONTEXT,
        }),
      );
      if (options.json) printJson(result);
      else printImport(result, file);
    });

  units
    .command('link-successions <mapping-file>')
    .description('Liên kết đơn vị cũ → mới theo tệp chuyển đổi / link old units to their successors')
    .option(
      '--effective-date <date>',
      'ngày sắp xếp có hiệu lực; mặc định: ngày trong tên tệp / the reform date (default: the date in the file name)',
    )
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .action(async (file: string, options: { effectiveDate?: string; json?: boolean }) => {
      const effectiveDate = requiredDate(options.effectiveDate, file, '--effective-date');
      const text = await readFileText(file);
      const result = await withDatabase((handle) =>
        linkSuccessions({
          db: handle.db,
          text,
          fileName: path.basename(file),
          effectiveDate,
          now: new Date(),
          audit: SYSTEM_AUDIT_CONTEXT,
        }),
      );
      if (options.json) printJson(result);
      else printLinks(result);
    });

  units
    .command('stats')
    .description('Thống kê đơn vị hiện hành và lịch sử / counts of current and historical units')
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .option('--as-of <date>', 'tính "hiện hành" theo ngày này / count as current on this day')
    .action(async (options: { json?: boolean; asOf?: string }) => {
      const today = dateOption(options.asOf, '--as-of') ?? toIsoDate(new Date());
      const stats = await withDatabase((handle) => getUnitStats({ db: handle.db, today }));
      if (options.json) {
        printJson(stats);
        return;
      }
      const line = (counts: Record<string, number>): string =>
        Object.entries(counts)
          .map(([level, n]) => `${level} ${n}`)
          .join(', ');
      process.stdout.write(
        `Hiện hành / current (${today}): ${line(stats.current)}\n` +
          `Lịch sử / historical: ${line(stats.historical) || '—'}\n` +
          `Liên kết kế thừa / successions: ${stats.successions}\n` +
          `Xã cũ chưa có đơn vị kế thừa / historical communes without successor: ${stats.historicalCommunesWithoutSuccessor}\n`,
      );
    });
}
