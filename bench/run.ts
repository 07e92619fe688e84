// `npm run bench`: the cost of an authenticated request against the bare hello route, measured in
// the same run, on PGlite and on PostgreSQL. See bench/README.md.
import {
  CONNECTIONS,
  DURATION_S,
  WARMUP_S,
  formatTable,
  headerLine,
  loadAverage,
  measure,
  measurementCells,
  withDemoServer,
  type Measurement,
} from './harness';
import os from 'node:os';

const DATABASES = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',').map((name) => name.trim());
const ACCOUNT = { username: 'xa1.canbo', password: 'Ocop@2026demo' };

interface DatabaseResult {
  database: string;
  hello: Measurement;
  me: Measurement;
  /** Authenticated req/s divided by hello req/s: 1 would mean authentication costs nothing. */
  ratio: number;
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

async function benchDatabase(database: string): Promise<DatabaseResult> {
  return withDemoServer(database, async (baseUrl) => {
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
  });
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
process.stdout.write(headerLine('OCOP bench'));
const rows = results.flatMap((result) => [
  [result.database, 'GET /api/v1/hello', ...measurementCells(result.hello), ''],
  [result.database, 'GET /api/v1/auth/me', ...measurementCells(result.me), result.ratio.toFixed(3)],
]);
process.stdout.write(
  formatTable(['database', 'route', 'req/s', 'p99 ms', 'requests', 'non-2xx', 'errors', 'auth/hello'], rows),
);
process.stdout.write(
  `${JSON.stringify({ bench: 'auth-me-vs-hello', connections: CONNECTIONS, durationSeconds: DURATION_S, cores: os.cpus().length, node: process.version, loadAverage: loadAverage(), results, skipped })}\n`,
);
process.exitCode = results.length > 0 && skipped.length === 0 ? 0 : 1;
