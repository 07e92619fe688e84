// `node bin/run-ts.js bench/resolver.ts`: the public surface under load, on PostgreSQL by default,
// in one run — the stamp resolver and the certificate page against the bare hello route
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
  withDemoServer,
  type Measurement,
} from './harness';
import { demoTargets, seedSyntheticCatalogue } from './catalogue-data';

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

interface DatabaseResult {
  database: string;
  hello: Measurement;
  resolver: Measurement & { ratio: number };
  certificate: Measurement & { ratio: number };
  /** Every round's req/s, in order, for each route. */
  rounds: { hello: number[]; resolver: number[]; certificate: number[] };
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
function best(rounds: Measurement[]): Measurement {
  return rounds.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
}

function withRatio(m: Measurement, hello: Measurement): Measurement & { ratio: number } {
  return {
    ...m,
    ratio:
      hello.requestsPerSecond > 0
        ? Number((m.requestsPerSecond / hello.requestsPerSecond).toFixed(3))
        : Number.NaN,
  };
}

async function benchDatabase(database: string): Promise<DatabaseResult> {
  return withDemoServer(database, async (baseUrl, storage) => {
    if (!storage.databaseUrl)
      throw new Error(
        'the public benchmark seeds its catalogue through PostgreSQL: use BENCH_DATABASES=postgres',
      );
    const targets = await demoTargets(storage.databaseUrl);
    const stampUrl = `${baseUrl}${targets.stampPath}`;
    const certificateUrl = `${baseUrl}/c/${encodeURIComponent(targets.certificateNumber)}`;
    for (const url of [stampUrl, certificateUrl]) {
      const check = await fetch(url);
      if (check.status !== 200) throw new Error(`GET ${url} answered ${check.status}`);
    }
    process.stderr.write(`[${database}] inserting ${PRODUCTS} synthetic products…\n`);
    await seedSyntheticCatalogue(storage.databaseUrl, PRODUCTS);

    process.stderr.write(`[${database}] warming up…\n`);
    for (const url of [`${baseUrl}/api/v1/hello`, stampUrl, certificateUrl]) await measure(url, {}, WARMUP_S);
    const measured = {
      hello: [] as Measurement[],
      resolver: [] as Measurement[],
      certificate: [] as Measurement[],
    };
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const [name, url] of [
        ['hello', `${baseUrl}/api/v1/hello`],
        ['resolver', stampUrl],
        ['certificate', certificateUrl],
      ] as const) {
        process.stderr.write(
          `[${database}] round ${round}/${ROUNDS}: GET ${url.slice(baseUrl.length)} for ${DURATION_S} s…\n`,
        );
        measured[name].push(await measure(url, {}, DURATION_S));
      }
    }
    const hello = best(measured.hello);
    const resolver = withRatio(best(measured.resolver), hello);
    const certificate = withRatio(best(measured.certificate), hello);
    const rounds = {
      hello: measured.hello.map((m) => m.requestsPerSecond),
      resolver: measured.resolver.map((m) => m.requestsPerSecond),
      certificate: measured.certificate.map((m) => m.requestsPerSecond),
    };

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
      certificate,
      rounds,
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
  [r.database, 'GET /api/v1/hello', ...measurementCells(r.hello), ''],
  [
    r.database,
    'GET /01/…/10/…/21/… (resolver)',
    ...measurementCells(r.resolver),
    r.resolver.ratio.toFixed(3),
  ],
  [
    r.database,
    'GET /c/… (certificate page)',
    ...measurementCells(r.certificate),
    r.certificate.ratio.toFixed(3),
  ],
]);
process.stdout.write(
  formatTable(
    ['database', 'route', 'req/s', 'p99 ms', 'requests', 'non-2xx', 'errors', 'x/hello'],
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
  certificateRatio: verdict(r.certificate.ratio >= TARGETS.routeRatio),
  certificateP99: verdict(r.certificate.p99Ms < TARGETS.routeP99Ms),
  searchP95: verdict(r.searchP95Ms < TARGETS.searchP95Ms),
}));
for (const [index, c] of checks.entries()) {
  const r = results[index]!;
  process.stdout.write(
    `[${c.database}] resolver/hello ${r.resolver.ratio.toFixed(3)} (≥ ${TARGETS.routeRatio}: ${c.resolverRatio}), resolver p99 ${r.resolver.p99Ms} ms (< ${TARGETS.routeP99Ms}: ${c.resolverP99}); ` +
      `certificate/hello ${r.certificate.ratio.toFixed(3)} (${c.certificateRatio}), certificate p99 ${r.certificate.p99Ms} ms (${c.certificateP99}); ` +
      `search p95 ${r.searchP95Ms} ms (< ${TARGETS.searchP95Ms}: ${c.searchP95})\n`,
  );
}
process.stdout.write(
  `${JSON.stringify({ bench: 'public-surface', connections: CONNECTIONS, durationSeconds: DURATION_S, products: PRODUCTS, cores: os.cpus().length, node: process.version, loadAverage: loadAverage(), targets: TARGETS, results, checks, skipped })}\n`,
);
process.exitCode = results.length > 0 && skipped.length === 0 ? 0 : 1;
