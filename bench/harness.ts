// Shared parts of the benchmarks: temporary storage per database driver, the `ocop serve --demo`
// child process, autocannon measurements and the printed table. See bench/README.md.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, ocopEnv, startOcop, waitForReady, type OcopProcess } from '../tests/helpers/ocop-process';

export const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
export const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 2);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Measurement {
  requestsPerSecond: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** Where the server keeps its data for one run, and how to remove it afterwards. */
export interface Storage {
  env: Record<string, string>;
  /** The PostgreSQL database of the run (PostgreSQL only), for seeding synthetic data. */
  databaseUrl: string | undefined;
  dispose(): Promise<void>;
}

async function pgliteStorage(): Promise<Storage> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-bench-'));
  return {
    env: { DATA_DIR: dataDir },
    databaseUrl: undefined,
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
    databaseUrl: url.toString(),
    dispose: async () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      const dropper = new pg.Client({ connectionString: ADMIN_URL });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Fresh storage for `database` ('pglite' or 'postgres'). */
export async function storageFor(database: string): Promise<Storage> {
  return database === 'postgres' ? postgresStorage() : pgliteStorage();
}

export async function measure(
  url: string,
  headers: Record<string, string>,
  duration: number,
): Promise<Measurement> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function stopServer(server: OcopProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  server.child.kill('SIGTERM');
  const killer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
  await server.exited;
  clearTimeout(killer);
}

/**
 * Runs `body` against a fresh `ocop serve --demo` on `database`, then stops the server and removes
 * its storage whatever happened.
 */
export async function withDemoServer<T>(
  database: string,
  body: (baseUrl: string, storage: Storage, serverPid: number | undefined) => Promise<T>,
): Promise<T> {
  const storage = await storageFor(database);
  const port = await freePort();
  const server = startOcop(
    ['serve', '--demo'],
    // All load comes from one loopback address: lift the resolver's per-network limit.
    ocopEnv({
      ...storage.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RESOLVER_LIMIT_PER_MINUTE: '1000000',
    }),
  );
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForReady(`${baseUrl}/readyz`, server, 300_000);
    return await body(baseUrl, storage, server.child.pid);
  } finally {
    await stopServer(server);
    await storage.dispose();
  }
}

/**
 * CPU time (user + system, in microseconds) a process has used so far, from /proc (Linux); NaN
 * elsewhere. Per request, it is the figure a busy machine disturbs least: other work slows the
 * server down but does not make it do more work.
 */
export function processCpuMicros(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after "pid (comm) ".
    return ((Number(fields[11]) + Number(fields[12])) / 100) * 1e6;
  } catch {
    return Number.NaN;
  }
}

/** The load average, rounded, as printed in every header line. */
export function loadAverage(): number[] {
  return os.loadavg().map((value) => Number(value.toFixed(2)));
}

/** The header line: what was measured, on what machine, under which load. */
export function headerLine(title: string): string {
  return `${title} — ${CONNECTIONS} connections, ${DURATION_S} s per route, loopback, ${os.cpus().length} cores, Node ${process.version}, load average ${loadAverage().join(' ')}\n`;
}

/** A plain text table: the first `textColumns` columns left-aligned, the others right-aligned. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  textColumns = 2,
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column < textColumns ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  return `\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n${rows.map(line).join('\n')}\n\n`;
}

/** The table cells of one autocannon measurement: req/s, p99, requests, non-2xx, errors. */
export function measurementCells(m: Measurement): string[] {
  return [
    String(m.requestsPerSecond),
    String(m.p99Ms),
    String(m.requests),
    String(m.non2xx),
    String(m.errors),
  ];
}
