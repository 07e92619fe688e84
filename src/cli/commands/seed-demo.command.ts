import type { Command } from 'commander';
import { seedDemo, type DemoSummary } from '../../server/demo/seed-demo';
import { printJson, withDatabase } from '../cli-context';
import { ROLE_LABELS } from '../../domain/access/roles';

/** Prints the demo accounts as a table people can read: roles by their Vietnamese names. */
export function printDemoAccounts(summary: DemoSummary): void {
  const lines = summary.accounts.map(
    (a) =>
      `  ${a.username.padEnd(16)} ${a.roles
        .map((role) => ROLE_LABELS[role].vi)
        .join(', ')
        .padEnd(34)} ${a.unit.name}`,
  );
  const password = summary.accounts[0]?.password ?? '';
  process.stdout.write(
    `Tài khoản dùng thử / demo accounts (mật khẩu / password: ${password}):\n${lines.join('\n')}\n`,
  );
}

/** `ocop seed-demo [--json]`: creates demo data once; prints what exists. */
export function registerSeedDemoCommand(program: Command): void {
  program
    .command('seed-demo')
    .description('Tạo dữ liệu dùng thử / create demo data (idempotent)')
    .option('--json', 'in kết quả dạng JSON / print what was created as JSON')
    .action(async (options: { json?: boolean }) => {
      const summary = await withDatabase((handle) => seedDemo({ db: handle.db, now: new Date() }));
      if (options.json) printJson(summary);
      else printDemoAccounts(summary);
    });
}
