// Playwright's webServer: a fresh database, the demo data, then `ocop serve --demo` on E2E_PORT.
// PGlite in a new temporary DATA_DIR, or — when TEST_DATABASE_URL is set — a new PostgreSQL database
// that is dropped when the server stops. `ocop seed-demo --json` runs first (before the server takes
// the PGlite lock) and its output is kept for the tests in demo.json.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createScratchPostgresDatabase } from '../../helpers/scratch-postgres';
import { E2E_DEMO_FILE, E2E_PORT, E2E_STATE_DIR } from './e2e-paths';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');

fs.rmSync(E2E_STATE_DIR, { recursive: true, force: true });
fs.mkdirSync(E2E_STATE_DIR, { recursive: true });
const { DATABASE_URL: _inherited, ...inherited } = process.env;
const env: NodeJS.ProcessEnv = {
  ...inherited,
  PORT: String(E2E_PORT),
  HOST: '127.0.0.1',
  DATA_DIR: path.join(E2E_STATE_DIR, 'data'),
  PUBLIC_BASE_URL: `http://127.0.0.1:${E2E_PORT}`,
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
};
const postgres = process.env.TEST_DATABASE_URL
  ? await createScratchPostgresDatabase(process.env.TEST_DATABASE_URL, 'ocop_e2e')
  : undefined;
if (postgres) env.DATABASE_URL = postgres.url;

async function cleanUp(): Promise<void> {
  await postgres?.drop().catch((error: unknown) => console.error('could not drop the e2e database:', error));
  fs.rmSync(E2E_STATE_DIR, { recursive: true, force: true });
}

try {
  const seeded = await run(process.execPath, ['bin/ocop.js', 'seed-demo', '--json'], {
    cwd: ROOT,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  fs.writeFileSync(E2E_DEMO_FILE, seeded.stdout);
} catch (error) {
  console.error('ocop seed-demo failed:', error);
  await cleanUp();
  process.exit(1);
}

const server = spawn(process.execPath, ['bin/ocop.js', 'serve', '--demo'], {
  cwd: ROOT,
  env,
  stdio: 'inherit',
});
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  stopping = true;
  if (server.exitCode === null) server.kill(signal);
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
server.on('exit', (code, signal) => {
  void cleanUp().then(() => {
    if (!stopping) console.error(`ocop serve stopped by itself (code ${code}, signal ${signal})`);
    process.exit(stopping ? 0 : (code ?? 1));
  });
});
