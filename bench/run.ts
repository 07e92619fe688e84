// `npm run bench`: the cost of an authenticated request against the bare hello route, measured in
// the same run, on PGlite and on PostgreSQL. See bench/README.md.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, ocopEnv, startOcop, waitForReady, type OcopProcess } from '../tests/helpers/ocop-process';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DATABASES = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',').map((name) => name.trim());
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ACCOUNT = { username: 'xa1.canbo', password: 'Ocop@2026demo' };

interface Measurement {
  requestsPerSecond: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

interface DatabaseResult {
  database: string;
  hello: Measurement;
  me: Measurement;
  /** Authenticated req/s divided by hello req/s: 1 would mean authentication costs nothing. */
  ratio: number;
}

/** Where the server keeps its data for one run, and how to remove it afterwards. */
interface Storage {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

async function pgliteStorage(): Promise<Storage> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-bench-'));
  return {
    env: { DATA_DIR: dataDir },
    dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function postgresStorage(): Promise<Storage> {
  const name = `ocop_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5000 });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-bench-'));
  return {
    env: { DATABASE_URL: url.toString(), DATA_DIR: dataDir },
    dispose: async () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      const dropper = new pg.Client({ connectionString: ADMIN_URL });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

async function measure(url: string, headers: Record<string, string>, duration: number): Promise<Measurement> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ACCOUNT),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('ocop_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

async function stopServer(server: OcopProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  server.child.kill('SIGTERM');
  const killer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
  await server.exited;
  clearTimeout(killer);
}

async function benchDatabase(database: string): Promise<DatabaseResult> {
  const storage = database === 'postgres' ? await postgresStorage() : await pgliteStorage();
  const port = await freePort();
  const server = startOcop(
    ['serve', '--demo'],
    ocopEnv({ ...storage.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }),
  );
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForReady(`${baseUrl}/readyz`, server, 300_000);
    const cookie = await signIn(baseUrl);
    const check = await fetch(`${baseUrl}/api/v1/auth/me`, { headers: { cookie } });
    if (check.status !== 200) throw new Error(`GET /api/v1/auth/me answered ${check.status}`);
    process.stderr.write(`[${database}] warming up…\n`);
    await measure(`${baseUrl}/api/v1/hello`, {}, WARMUP_S);
    await measure(`${baseUrl}/api/v1/auth/me`, { cookie }, WARMUP_S);
    process.stderr.write(`[${database}] GET /api/v1/hello for ${DURATION_S} s…\n`);
    const hello = await measure(`${baseUrl}/api/v1/hello`, {}, DURATION_S);
    process.stderr.write(`[${database}] GET /api/v1/auth/me for ${DURATION_S} s…\n`);
    const me = await measure(`${baseUrl}/api/v1/auth/me`, { cookie }, DURATION_S);
    const ratio =
      hello.requestsPerSecond > 0
        ? Number((me.requestsPerSecond / hello.requestsPerSecond).toFixed(3))
        : Number.NaN;
    return { database, hello, me, ratio };
  } finally {
    await stopServer(server);
    await storage.dispose();
  }
}

function printTable(results: DatabaseResult[]): void {
  const header = ['database', 'route', 'req/s', 'p99 ms', 'requests', 'non-2xx', 'errors', 'auth/hello'];
  const rows = results
    .flatMap(
      (result) =>
        [
          [result.database, 'GET /api/v1/hello', result.hello, ''],
          [result.database, 'GET /api/v1/auth/me', result.me, result.ratio.toFixed(3)],
        ] as const,
    )
    .map(([database, route, m, ratio]) => [
      database,
      route,
      String(m.requestsPerSecond),
      String(m.p99Ms),
      String(m.requests),
      String(m.non2xx),
      String(m.errors),
      ratio,
    ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  process.stdout.write(
    `\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n${rows.map(line).join('\n')}\n\n`,
  );
}

const results: DatabaseResult[] = [];
const skipped: { database: string; reason: string }[] = [];
for (const database of DATABASES) {
  try {
    results.push(await benchDatabase(database));
  } catch (error) {
    skipped.push({ database, reason: error instanceof Error ? error.message : String(error) });
    process.stderr.write(`[${database}] skipped: ${skipped.at(-1)!.reason}\n`);
  }
}
const loadAverage = os.loadavg().map((value) => Number(value.toFixed(2)));
process.stdout.write(
  `OCOP bench — ${CONNECTIONS} connections, ${DURATION_S} s per route, loopback, ${os.cpus().length} cores, ` +
    `Node ${process.version}, load average ${loadAverage.join(' ')}\n`,
);
printTable(results);
process.stdout.write(
  `${JSON.stringify({ bench: 'auth-me-vs-hello', connections: CONNECTIONS, durationSeconds: DURATION_S, cores: os.cpus().length, node: process.version, loadAverage, results, skipped })}\n`,
);
process.exitCode = results.length > 0 && skipped.length === 0 ? 0 : 1;
