import type { Command } from 'commander';
import { verifyAuditChain } from '../../db/repositories/audit.repository';
import { CliError, printJson, withDatabase } from '../cli-context';

/** `ocop audit verify`: re-computes the hash chain; exits 3 naming each broken row. */
export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('Nhật ký kiểm toán / audit trail');
  audit
    .command('verify')
    .description('Kiểm tra chuỗi băm của nhật ký / verify the audit hash chain')
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .action(async (options: { json?: boolean }) => {
      const result = await withDatabase((handle) => verifyAuditChain(handle.db));
      if (options.json) printJson({ ok: result.breaks.length === 0, ...result });
      if (result.breaks.length > 0) {
        const lines = result.breaks.map((b) => `  dòng / row seq=${b.seq}: ${b.reason}`);
        throw new CliError(
          `Nhật ký kiểm toán đã bị sửa hoặc xoá / the audit trail was tampered with:\n${lines.join('\n')}`,
          3,
        );
      }
      if (!options.json) {
        process.stdout.write(`Chuỗi kiểm toán nguyên vẹn / audit chain intact: ${result.rowsChecked} rows\n`);
      }
    });
}
