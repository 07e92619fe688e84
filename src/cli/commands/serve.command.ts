import type { Command } from 'commander';
import { migrateDatabase, openDatabase } from '../../db/open-database';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { installAuditKeyring } from '../../db/audit/audit-keyring';
import { loadAuditKeyring } from '../../server/audit/audit-keys';
import { startAuditCheckpoints, type AuditCheckpointTimer } from '../../server/audit/audit-checkpoint-writer';
import { mailerOf } from '../../server/mail/mailer';
import { seedDemo } from '../../server/demo/seed-demo';
import { printDemoAccounts } from './seed-demo.command';

/** How long in-flight requests may take to finish after SIGTERM before we exit anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/** `ocop serve [--demo]`: runs the API, the web app and the public pages. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Chạy máy chủ / run the server')
    .option('--demo', 'tạo dữ liệu dùng thử nếu chưa có / seed demo data on first start')
    .action(async (options: { demo?: boolean }) => {
      const config = loadConfig();
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        pgliteDirectory: config.databaseUrl ? undefined : config.dataDir,
      });
      let app: Awaited<ReturnType<typeof buildApp>> | undefined;
      let checkpoints: AuditCheckpointTimer | undefined;
      const shutdown = async (signal: string) => {
        process.stdout.write(`\n${signal}: đang dừng / shutting down…\n`);
        const timer = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
        timer.unref();
        // Keep-alive connections that go idle after their last answer would hold close() open.
        const sweeper = setInterval(() => app?.server.closeIdleConnections(), 100);
        await app?.close();
        clearInterval(sweeper);
        await checkpoints?.stop();
        await database.close();
        process.exit(0);
      };
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      process.once('SIGINT', () => void shutdown('SIGINT'));
      try {
        await migrateDatabase(database, config.databaseUrl);
        const keyring = loadAuditKeyring(config.audit, (message) => process.stderr.write(`${message}\n`));
        installAuditKeyring(keyring);
        const summary = options.demo ? await seedDemo({ db: database.db, now: new Date() }) : undefined;
        app = await buildApp({ database, config });
        await app.listen({ port: config.port, host: config.host });
        const { deps, log } = app;
        checkpoints = startAuditCheckpoints({
          db: database.db,
          audit: config.audit,
          keyring,
          clock: deps.clock,
          mailer: mailerOf(deps),
          log: { info: (message) => log.info(message), error: (message) => log.error(message) },
        });
        process.stdout.write(
          `\nNền tảng OCOP đang chạy / OCOP Platform is running\n` +
            `  Trang quản trị / back-office: ${config.publicBaseUrl}/app/\n` +
            `  Tra cứu công khai / public catalogue: ${config.publicBaseUrl}/\n` +
            `  API docs: ${config.publicBaseUrl}/api/docs\n` +
            `  Cơ sở dữ liệu / database: ${database.kind} (${database.location})\n` +
            `  Khóa kiểm toán / audit key: ${keyring.current.id} (${config.audit.keys ? 'environment' : config.audit.keyFile}); ` +
            `điểm mốc / checkpoints: ${config.audit.checkpointFile}\n\n`,
        );
        if (summary) printDemoAccounts(summary);
      } catch (error) {
        await app?.close();
        await database.close();
        throw error;
      }
    });
}
