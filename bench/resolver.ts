// `node bin/run-ts.js bench/resolver.ts`: the public surface under load, on PostgreSQL by default,
// in one run — the scan path (the stamp's Digital Link URI, answered by a redirect, and the
// verification page it lands on) and the certificate page against the bare hello route
// (req/s ratio and p99 at BENCH_CONNECTIONS, best of BENCH_ROUNDS interleaved rounds), then catalogue search latency (p95) over
// BENCH_PRODUCTS synthetic products. Prints a table, the targets met or missed, and one JSON line.
// See bench/README.md.
import os from 'node:os';
import {
  CONNECTIONS,
  DURATION_S,
  WARMUP_S,
  formatTable,
  headerLine,
  loadAverage,
  measure,
  measurementCells,
  processCpuMicros,
  withDemoServer,
  type Measurement,
} from './harness';
import { demoTargets, scanCountOf, seedSyntheticCatalogue } from './catalogue-data';

const DATABASES = (process.env.BENCH_DATABASES ?? 'postgres').split(',').map((name) => name.trim());
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 50_000);
const SEARCH_ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 30);
/** Interleaved rounds of hello / resolver / certificate page; the best round of each route is kept. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** The targets. */
const TARGETS = { routeRatio: 0.6, routeP99Ms: 25, searchP95Ms: 50 } as const;

interface SearchResult {
  query: string;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/** A measurement with the server's CPU time per answered request (µs; NaN without /proc). */
type Measured = Measurement & { serverCpuUs: number };

interface DatabaseResult {
  database: string;
  hello: Measured;
  resolver: Measured & { ratio: number };
  page: Measured & { ratio: number };
  certificate: Measured & { ratio: number };
  /** Every round's req/s, in order, for each route. */
  rounds: { hello: number[]; resolver: number[]; page: number[]; certificate: number[] };
  /** Scans counted on the demo stamp during the run (its scan count after minus before). */
  scansCounted: number;
  /** Verification pages answered 200 during the run: each must have counted one scan. */
  pagesAnswered: number;
  search: SearchResult[];
  /** p95 over every search request of every query. */
  searchP95Ms: number;
}

function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  return Number(
    sortedMs[Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)]!.toFixed(1),
  );
}

/** One request at a time, so the figure is the latency of a search, not of a queue. */
async function timeSearch(baseUrl: string, query: string, rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${query}`);
    await response.text();
    if (response.status !== 200) throw new Error(`GET ${query} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

/** The round with the most requests per second: the one least disturbed by other work on the machine. */
function best(rounds: Measured[]): Measured {
  return rounds.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
}

function withRatio(m: Measured, hello: Measured): Measured & { ratio: number } {
  return {
    ...m,
    ratio:
      hello.requestsPerSecond > 0
        ? Number((m.requestsPerSecond / hello.requestsPerSecond).toFixed(3))
        : Number.NaN,
  };
}

async function benchDatabase(database: string): Promise<DatabaseResult> {
  return withDemoServer(database, async (baseUrl, storage, serverPid) => {
    if (!storage.databaseUrl)
      throw new Error(
        'the public benchmark seeds its catalogue through PostgreSQL: use BENCH_DATABASES=postgres',
      );
    const targets = await demoTargets(storage.databaseUrl);
    const stampUrl = `${baseUrl}${targets.stampPath}`;
    const pageUrl = `${baseUrl}/kiem-tra-tem${targets.stampPath}`;
    const certificateUrl = `${baseUrl}/c/${encodeURIComponent(targets.certificateNumber)}`;
    const redirect = await fetch(stampUrl, { redirect: 'manual' });
    if (
      redirect.status !== 307 ||
      !redirect.headers.get('location')?.endsWith(`/kiem-tra-tem${targets.stampPath}`)
    )
      throw new Error(`GET ${stampUrl} answered ${redirect.status} to ${redirect.headers.get('location')}`);
    for (const url of [pageUrl, certificateUrl]) {
      const check = await fetch(url);
      if (check.status !== 200) throw new Error(`GET ${url} answered ${check.status}`);
    }
    process.stderr.write(`[${database}] inserting ${PRODUCTS} synthetic products…\n`);
    await seedSyntheticCatalogue(storage.databaseUrl, PRODUCTS);

    process.stderr.write(`[${database}] warming up…\n`);
    for (const url of [`${baseUrl}/api/v1/hello`, stampUrl, pageUrl, certificateUrl])
      await measure(url, {}, WARMUP_S);
    await new Promise((done) => setTimeout(done, 1000)); // the warm-up's last scans are written
    const scansBefore = await scanCountOf(storage.databaseUrl, targets.serial);
    const measured = {
      hello: [] as Measured[],
      resolver: [] as Measured[],
      page: [] as Measured[],
      certificate: [] as Measured[],
    };
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const [name, url] of [
        ['hello', `${baseUrl}/api/v1/hello`],
        ['resolver', stampUrl],
        ['page', pageUrl],
        ['certificate', certificateUrl],
      ] as const) {
        process.stderr.write(
          `[${database}] round ${round}/${ROUNDS}: GET ${url.slice(baseUrl.length)} for ${DURATION_S} s…\n`,
        );
        const cpuBefore = processCpuMicros(serverPid);
        const m = await measure(url, {}, DURATION_S);
        const serverCpuUs = Math.round((processCpuMicros(serverPid) - cpuBefore) / Math.max(1, m.requests));
        measured[name].push({ ...m, serverCpuUs });
      }
    }
    const hello = best(measured.hello);
    const resolver = withRatio(best(measured.resolver), hello);
    const page = withRatio(best(measured.page), hello);
    const certificate = withRatio(best(measured.certificate), hello);
    const rounds = {
      hello: measured.hello.map((m) => m.requestsPerSecond),
      resolver: measured.resolver.map((m) => m.requestsPerSecond),
      page: measured.page.map((m) => m.requestsPerSecond),
      certificate: measured.certificate.map((m) => m.requestsPerSecond),
    };
    // The page counts scans through the buffered writer: give it a moment to write the last batch.
    await new Promise((done) => setTimeout(done, 1000));
    const scansCounted = (await scanCountOf(storage.databaseUrl, targets.serial)) - scansBefore;
    const pagesAnswered = measured.page.reduce((sum, m) => sum + m.requests - m.non2xx, 0);

    const queries = [
      '/',
      '/?q=hoa',
      `/?q=${encodeURIComponent('Hòa Bình')}`,
      `/?q=${encodeURIComponent('HOÀ LẠC')}`,
      '/?q=mat+ong+huu+co',
      `/?q=${encodeURIComponent('Mật ong')}&stars=5&valid=1`,
      `/?q=${encodeURIComponent('cà phê')}&group=1`,
      `/?province=${targets.provinceCode}&set=7`,
      '/?group=2&stars=4&valid=1&page=3',
      '/?q=khong+co+san+pham+nay',
    ];
    process.stderr.write(`[${database}] catalogue search: ${queries.length} queries × ${SEARCH_ROUNDS}…\n`);
    const search: SearchResult[] = [];
    const all: number[] = [];
    for (const query of queries) {
      await timeSearch(baseUrl, query, 3);
      const times = (await timeSearch(baseUrl, query, SEARCH_ROUNDS)).sort((a, b) => a - b);
      all.push(...times);
      search.push({
        query,
        requests: times.length,
        p50Ms: percentile(times, 50),
        p95Ms: percentile(times, 95),
        maxMs: percentile(times, 100),
      });
    }
    return {
      database,
      hello,
      resolver,
      page,
      certificate,
      rounds,
      scansCounted,
      pagesAnswered,
      search,
      searchP95Ms: percentile(
        all.sort((a, b) => a - b),
        95,
      ),
    };
  });
}

const verdict = (isMet: boolean) => (isMet ? 'met' : 'MISSED');

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
process.stdout.write(headerLine('OCOP public bench'));
const routeRows = results.flatMap((r) => [
  [r.database, 'GET /api/v1/hello', ...measurementCells(r.hello), '', String(r.hello.serverCpuUs), ''],
  [
    r.database,
    'GET /01/…/10/…/21/… (scan: 307 redirect)',
    ...measurementCells(r.resolver),
    r.resolver.ratio.toFixed(3),
    String(r.resolver.serverCpuUs),
    (r.hello.serverCpuUs / r.resolver.serverCpuUs).toFixed(3),
  ],
  [
    r.database,
    'GET /kiem-tra-tem/01/… (scan: verification page)',
    ...measurementCells(r.page),
    r.page.ratio.toFixed(3),
    String(r.page.serverCpuUs),
    (r.hello.serverCpuUs / r.page.serverCpuUs).toFixed(3),
  ],
  [
    r.database,
    'GET /c/… (certificate page)',
    ...measurementCells(r.certificate),
    r.certificate.ratio.toFixed(3),
    String(r.certificate.serverCpuUs),
    (r.hello.serverCpuUs / r.certificate.serverCpuUs).toFixed(3),
  ],
]);
process.stdout.write(
  formatTable(
    [
      'database',
      'route',
      'req/s',
      'p99 ms',
      'requests',
      'non-2xx',
      'errors',
      'x/hello',
      'server µs/req',
      'cpu hello/x',
    ],
    routeRows,
  ),
);
const searchRows = results.flatMap((r) =>
  r.search.map((s) => [
    r.database,
    s.query,
    String(s.requests),
    String(s.p50Ms),
    String(s.p95Ms),
    String(s.maxMs),
  ]),
);
process.stdout.write(`Catalogue search over ${PRODUCTS} synthetic products, one request at a time:`);
process.stdout.write(formatTable(['database', 'GET', 'requests', 'p50 ms', 'p95 ms', 'max ms'], searchRows));
const checks = results.map((r) => ({
  database: r.database,
  resolverRatio: verdict(r.resolver.ratio >= TARGETS.routeRatio),
  resolverP99: verdict(r.resolver.p99Ms < TARGETS.routeP99Ms),
  pageRatio: verdict(r.page.ratio >= TARGETS.routeRatio),
  pageP99: verdict(r.page.p99Ms < TARGETS.routeP99Ms),
  // Requests still in flight when a measurement stops are counted by the server, not by autocannon.
  scansCounted: verdict(
    r.scansCounted >= r.pagesAnswered && r.scansCounted <= r.pagesAnswered + CONNECTIONS * ROUNDS,
  ),
  certificateRatio: verdict(r.certificate.ratio >= TARGETS.routeRatio),
  certificateP99: verdict(r.certificate.p99Ms < TARGETS.routeP99Ms),
  searchP95: verdict(r.searchP95Ms < TARGETS.searchP95Ms),
}));
for (const [index, c] of checks.entries()) {
  const r = results[index]!;
  process.stdout.write(
    `[${c.database}] scan redirect/hello ${r.resolver.ratio.toFixed(3)} (≥ ${TARGETS.routeRatio}: ${c.resolverRatio}), redirect p99 ${r.resolver.p99Ms} ms (< ${TARGETS.routeP99Ms}: ${c.resolverP99}); ` +
      `scan page/hello ${r.page.ratio.toFixed(3)} (≥ ${TARGETS.routeRatio}: ${c.pageRatio}), page p99 ${r.page.p99Ms} ms (< ${TARGETS.routeP99Ms}: ${c.pageP99}); scans counted ${r.scansCounted} of ${r.pagesAnswered} pages (${c.scansCounted}); ` +
      `certificate/hello ${r.certificate.ratio.toFixed(3)} (${c.certificateRatio}), certificate p99 ${r.certificate.p99Ms} ms (${c.certificateP99}); ` +
      `search p95 ${r.searchP95Ms} ms (< ${TARGETS.searchP95Ms}: ${c.searchP95})\n`,
  );
}
process.stdout.write(
  `${JSON.stringify({ bench: 'public-surface', connections: CONNECTIONS, durationSeconds: DURATION_S, products: PRODUCTS, cores: os.cpus().length, node: process.version, loadAverage: loadAverage(), targets: TARGETS, results, checks, skipped })}\n`,
);
process.exitCode = results.length > 0 && skipped.length === 0 ? 0 : 1;
