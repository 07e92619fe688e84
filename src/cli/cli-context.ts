import { loadConfig, type AppConfig } from '../server/config';
import { migrateDatabase, openDatabase } from '../db/open-database';
import type { DatabaseHandle } from '../db/database';
import { installAuditKeyring } from '../db/audit/audit-keyring';
import { loadAuditKeyring } from '../server/audit/audit-keys';
import path from 'node:path';

/** Error that ends a command with a message and an exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Opens the configured database (migrated), runs `work`, and always closes it. */
export async function withDatabase<T>(
  work: (handle: DatabaseHandle, config: AppConfig) => Promise<T>,
  config: AppConfig = loadConfig(),
): Promise<T> {
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDirectory: config.databaseUrl ? undefined : config.dataDir,
  });
  try {
    await migrateDatabase(handle, config.databaseUrl);
    // Silent when it creates the default key file: `ocop serve` names the key file on every start.
    installAuditKeyring(loadAuditKeyring(config.audit, () => undefined));
    return await work(handle, config);
  } finally {
    await handle.close();
  }
}

/** Where uploaded and generated files live. */
export function fileStoreDirectory(config: AppConfig): string {
  return path.join(config.dataDir, 'files');
}

/** Prints JSON for machines (`--json`) on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
