import type { Command } from 'commander';
import path from 'node:path';
import { installedAuditKeyring } from '../../db/audit/audit-keyring';
import { mailerOf } from '../../server/mail/mailer';
import { writeAuditCheckpoint } from '../../server/audit/audit-checkpoint-writer';
import { verifyAuditTrail, vietnamTime, type AuditTrailReport } from '../../server/audit/verify-audit-trail';
import { CliError, printJson, withDatabase } from '../cli-context';

/** Findings printed before "… and N more": a re-hashed chain can break every checkpoint. */
const MAX_PRINTED_PROBLEMS = 30;

function summary(report: AuditTrailReport): string {
  const keys = report.rowsByKey
    .map((entry) => `${entry.keyId ?? 'legacy (unkeyed)'}: ${entry.rows}`)
    .join(', ');
  const head = report.head ? `seq ${report.head.seq}` : 'empty';
  const anchor = report.latestCheckpoint
    ? `${report.checkpointsChecked} checkpoints, latest ${vietnamTime(report.latestCheckpoint.at)} at seq ${report.latestCheckpoint.seq}`
    : 'no checkpoint';
  return (
    `Chuỗi kiểm toán nguyên vẹn / audit chain intact: ${report.rowsChecked} rows, head ${head}` +
    `${keys ? ` [${keys}]` : ''}; ${anchor}\n`
  );
}

function failure(report: AuditTrailReport): string {
  const shown = report.problems.slice(0, MAX_PRINTED_PROBLEMS).map((line) => `  ${line}`);
  const more = report.problems.length - shown.length;
  if (more > 0) shown.push(`  … và ${more} điều nữa / and ${more} more (--json lists all)`);
  return `Nhật ký kiểm toán đã bị sửa hoặc xóa / the audit trail was tampered with:\n${shown.join('\n')}`;
}

/**
 * `ocop audit verify`: re-computes the chain with the audit keys and checks it against the signed
 * checkpoints; exits 3 naming each broken row and any missing tail. `ocop audit checkpoint`: writes
 * a checkpoint of the chain head now (the server also does every AUDIT_CHECKPOINT_MINUTES).
 */
export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('Nhật ký kiểm toán / audit trail');
  audit
    .command('verify')
    .description('Kiểm tra chuỗi băm và các điểm mốc / verify the audit chain and its checkpoints')
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .option(
      '--checkpoints <file>',
      'tệp điểm mốc (mặc định AUDIT_CHECKPOINT_FILE) / checkpoint file to check against',
    )
    .action(async (options: { json?: boolean; checkpoints?: string }) => {
      const report = await withDatabase((handle, config) =>
        verifyAuditTrail({
          db: handle.db,
          keyring: installedAuditKeyring(),
          checkpointFile: options.checkpoints
            ? path.resolve(options.checkpoints)
            : config.audit.checkpointFile,
        }),
      );
      if (options.json) printJson(report);
      else for (const warning of report.warnings) process.stderr.write(`${warning}\n`);
      if (!report.ok) throw new CliError(failure(report), 3);
      if (!options.json) process.stdout.write(summary(report));
    });
  audit
    .command('checkpoint')
    .description('Ghi điểm mốc của đầu chuỗi ngay / write a checkpoint of the chain head now')
    .action(async () => {
      const outcome = await withDatabase(async (handle, config) => {
        const keyring = installedAuditKeyring();
        if (!keyring) throw new CliError('Không có khóa kiểm toán / no audit key configured', 2);
        const clock = () => new Date();
        return writeAuditCheckpoint({
          db: handle.db,
          audit: config.audit,
          keyring,
          clock,
          mailer: mailerOf({ database: handle, config, clock }),
          log: { info: () => undefined, error: (message) => process.stderr.write(`${message}\n`) },
        });
      });
      process.stdout.write(`audit checkpoint: ${outcome}\n`);
    });
}
