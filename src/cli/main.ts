import { Command, CommanderError } from 'commander';
import { DomainError } from '../domain/errors';
import { DirectoryLockedError } from '../db/pglite-lock';
import { CliError } from './cli-context';
import { registerServeCommand } from './commands/serve.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerSeedDemoCommand } from './commands/seed-demo.command';
import { registerAuditCommand } from './commands/audit.command';
import { registerUnitsCommand } from './commands/units.command';
import { registerBackupCommands } from './commands/backup.command';
import { registerRubricCommand } from './commands/rubric.command';
import { registerImportCommand } from './commands/import.command';
import { registerAccountsCommand } from './commands/accounts.command';
import { registerJobsCommand } from './commands/jobs.command';
import { registerStatsCommands } from './commands/stats.command';

const program = new Command()
  .name('ocop')
  .description('Nền tảng OCOP — OCOP Platform')
  .showHelpAfterError()
  .exitOverride();

registerServeCommand(program);
registerMigrateCommand(program);
registerSeedDemoCommand(program);
registerAuditCommand(program);
registerUnitsCommand(program);
registerBackupCommands(program);
registerRubricCommand(program);
registerImportCommand(program);
registerAccountsCommand(program);
registerJobsCommand(program);
registerStatsCommands(program);

function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof CliError) return error.exitCode;
  return 1;
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const code = exitCodeOf(error);
  if (error instanceof CliError || error instanceof DirectoryLockedError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof DomainError) {
    process.stderr.write(`${error.messageVi}\n${error.messageEn}\n`);
    for (const d of error.details ?? [])
      process.stderr.write(`  ${d.field}: ${d.messageVi} / ${d.messageEn}\n`);
  } else if (!(error instanceof CommanderError)) {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = code;
}
