import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { ImportProblem } from '../../contracts/imports.contracts';
import { SYSTEM_AUDIT_CONTEXT } from '../../db/repositories/audit.repository';
import {
  dryRunProducerImport,
  presentImportJob,
  startProducerImport,
  type ImportRunner,
} from '../../server/modules/imports/run-producer-import';
import {
  dryRunCertificateImport,
  startCertificateImport,
} from '../../server/modules/imports/run-certificate-import';
import { CliError, printJson, withDatabase } from '../cli-context';

/** The CLI imports as the system, into any unit (it runs on the server, by an operator). */
const SYSTEM_RUNNER: ImportRunner = {
  audit: SYSTEM_AUDIT_CONTEXT,
  accountId: null,
  unitId: null,
  canImportInto: () => true,
};

function printProblems(problems: readonly ImportProblem[]): void {
  for (const p of problems)
    process.stdout.write(`  dòng ${p.line}${p.column ? ` [${p.column}]` : ''}: ${p.messageVi}\n`);
}

/**
 * `ocop import producers <file> [--dry-run] [--json]`: imports producers and products from an
 * .xlsx or CSV file in the layout of docs/api/imports.md. Bad rows are reported by line and
 * skipped; the rest is imported; a second run imports nothing new. Exit code 3 when some rows
 * were refused.
 */
export function registerImportCommand(program: Command): void {
  const importCommand = program.command('import').description('Nhập dữ liệu hàng loạt / bulk imports');
  importCommand
    .command('producers <file>')
    .description('Nhập chủ thể và sản phẩm từ Excel (.xlsx) hoặc CSV / import producers and products')
    .option('--dry-run', 'chỉ kiểm tra, không ghi / check only, write nothing')
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .action(async (file: string, options: { dryRun?: boolean; json?: boolean }) => {
      if (!fs.existsSync(file)) throw new CliError(`Không tìm thấy tệp / no such file: ${file}`, 2);
      const content = fs.readFileSync(file);
      const fileName = path.basename(file);
      const result = await withDatabase(async (handle) => {
        if (options.dryRun)
          return {
            kind: 'report' as const,
            report: await dryRunProducerImport({
              db: handle.db,
              runner: SYSTEM_RUNNER,
              content,
              fileName,
              now: new Date(),
            }),
          };
        const { run } = await startProducerImport({
          db: handle.db,
          runner: SYSTEM_RUNNER,
          content,
          fileName,
          now: () => new Date(),
        });
        return { kind: 'job' as const, job: presentImportJob(await run()) };
      });
      if (result.kind === 'report') {
        const { report } = result;
        if (options.json) printJson(report);
        else {
          process.stdout.write(
            `Kiểm tra ${report.fileName}: ${report.totalRows} dòng, ${report.validRows} hợp lệ, ${report.invalidRows} lỗi; ` +
              `sẽ tạo ${report.producersToCreate} chủ thể, ${report.productsToCreate} sản phẩm; ${report.rowsAlreadyPresent} dòng đã có.\n`,
          );
          printProblems(report.problems);
        }
        if (report.problems.length > 0) process.exitCode = 3;
        return;
      }
      const { job } = result;
      if (options.json) printJson(job);
      else {
        process.stdout.write(
          `Nhập ${job.fileName}: ${job.status}; ${job.totalRows} dòng, tạo ${job.producersCreated} chủ thể, ${job.productsCreated} sản phẩm; ${job.problems.length} lỗi.\n`,
        );
        printProblems(job.problems);
        if (job.failureMessage) process.stderr.write(`${job.failureMessage}\n`);
      }
      if (job.status === 'failed') process.exitCode = 1;
      else if (job.problems.length > 0) process.exitCode = 3;
    });
  registerCertificateImport(importCommand);
}

/**
 * `ocop import certificates <file> [--dry-run] [--json]`: certificates a province issued before
 * using the platform (layout: docs/api/imports.md). Bad rows are reported by line and column and
 * skipped; a second run imports nothing. Exit code 3 when some rows were refused.
 */
function registerCertificateImport(importCommand: Command): void {
  importCommand
    .command('certificates <file>')
    .description('Nhập giấy chứng nhận OCOP đã cấp từ Excel (.xlsx) hoặc CSV / import issued certificates')
    .option('--dry-run', 'chỉ kiểm tra, không ghi / check only, write nothing')
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .action(async (file: string, options: { dryRun?: boolean; json?: boolean }) => {
      if (!fs.existsSync(file)) throw new CliError(`Không tìm thấy tệp / no such file: ${file}`, 2);
      const content = fs.readFileSync(file);
      const fileName = path.basename(file);
      const input = { runner: SYSTEM_RUNNER, content, fileName };
      const result = await withDatabase(async (handle) =>
        options.dryRun
          ? {
              kind: 'report' as const,
              report: await dryRunCertificateImport({ ...input, db: handle.db, now: new Date() }),
            }
          : {
              kind: 'job' as const,
              job: presentImportJob(
                await (
                  await startCertificateImport({ ...input, db: handle.db, now: () => new Date() })
                ).run(),
              ),
            },
      );
      if (result.kind === 'report') {
        const { report } = result;
        if (options.json) printJson(report);
        else {
          process.stdout.write(
            `Kiểm tra ${report.fileName}: ${report.totalRows} dòng, ${report.validRows} hợp lệ, ${report.invalidRows} lỗi; ` +
              `sẽ nhập ${report.certificatesToCreate} giấy chứng nhận (tạo ${report.producersToCreate} chủ thể, ${report.productsToCreate} sản phẩm); ${report.rowsAlreadyPresent} giấy đã có.\n`,
          );
          printProblems(report.problems);
        }
        if (report.problems.length > 0) process.exitCode = 3;
        return;
      }
      const { job } = result;
      if (options.json) printJson(job);
      else {
        process.stdout.write(
          `Nhập ${job.fileName}: ${job.status}; ${job.totalRows} dòng, nhập ${job.certificatesCreated} giấy chứng nhận, tạo ${job.producersCreated} chủ thể, ${job.productsCreated} sản phẩm; ${job.problems.length} lỗi.\n`,
        );
        printProblems(job.problems);
        if (job.failureMessage) process.stderr.write(`${job.failureMessage}\n`);
      }
      if (job.status === 'failed') process.exitCode = 1;
      else if (job.problems.length > 0) process.exitCode = 3;
    });
}
