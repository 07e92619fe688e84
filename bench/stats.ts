// `npm run bench:stats`: statistics at national scale, in one run on PostgreSQL — loads a synthetic
// nation (BENCH_NATION_* sizes, default 200,000 products over 3,321 communes of 34 provinces, 5 years
// of certificates, 100,000 dossiers, 10 million stamp scans) into a scratch database, refreshes the
// aggregates (time printed), then measures every statistics, map, dashboard list and report
// endpoint one request at a time (p50, p95) against the bare hello route. Prints a table, `met` /
// `MISSED` per target and one JSON line. See bench/README.md.
import { headerLine, formatTable, withDemoServer } from './harness';
import { DEFAULT_NATION, seedSyntheticNation } from './stats-data';
import pg from 'pg';

const ROUNDS = Number(process.env.BENCH_STATS_ROUNDS ?? 30);
const size = {
  communes: Number(process.env.BENCH_NATION_COMMUNES ?? DEFAULT_NATION.communes),
  products: Number(process.env.BENCH_NATION_PRODUCTS ?? DEFAULT_NATION.products),
  dossiers: Number(process.env.BENCH_NATION_DOSSIERS ?? DEFAULT_NATION.dossiers),
  scans: Number(process.env.BENCH_NATION_SCANS ?? DEFAULT_NATION.scans),
};
const TARGETS = { p95Ms: 100, refreshMs: 60_000, reportMs: 2_000 } as const;
const PASSWORD = 'Ocop@2026demo';

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(baseUrl: string, username: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status}`);
  const cookie = (response.headers.getSetCookie().find((c) => c.startsWith('ocop_session=')) ?? '').split(
    ';',
  )[0]!;
  const body = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

function percentile(sorted: number[], p: number): number {
  return Number(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(1));
}

interface Timing {
  name: string;
  kind: 'baseline' | 'dashboard' | 'report';
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/** One request at a time: the latency of a request, not of a queue. */
async function time(
  baseUrl: string,
  request: {
    name: string;
    kind: Timing['kind'];
    path: string;
    session?: Session;
    method?: string;
    body?: unknown;
  },
  rounds: number,
): Promise<Timing> {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method ?? 'GET',
      headers: {
        ...(request.session ? { cookie: request.session.cookie, 'x-csrf-token': request.session.csrf } : {}),
        ...(request.body ? { 'content-type': 'application/json' } : {}),
      },
      ...(request.body ? { body: JSON.stringify(request.body) } : {}),
    });
    await response.arrayBuffer();
    if (response.status >= 400) throw new Error(`${request.path} answered ${response.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < 3; i += 1) await once();
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) times.push(await once());
  times.sort((a, b) => a - b);
  return {
    name: request.name,
    kind: request.kind,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: percentile(times, 100),
  };
}

/** The scans the statistics count, against the scan events stored: a refresh must count every one. */
async function scansCounted(databaseUrl: string): Promise<{ counted: number; stored: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ counted: string; stored: string }>(
      `select (select coalesce(sum(scans), 0) from stats_stamps) as counted, (select count(*) from scan_events) as stored`,
    );
    return { counted: Number(rows[0]!.counted), stored: Number(rows[0]!.stored) };
  } finally {
    await client.end();
  }
}

async function demoUnits(databaseUrl: string): Promise<{ provinceId: string; communeId: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; parent_id: string }>(
      `select id, parent_id from admin_units where code = '00577' and level = 'commune' and valid_to is null limit 1`,
    );
    return { provinceId: rows[0]!.parent_id, communeId: rows[0]!.id };
  } finally {
    await client.end();
  }
}

const result = await withDemoServer('postgres', async (baseUrl, storage) => {
  if (!storage.databaseUrl) throw new Error('bench:stats runs on PostgreSQL');
  process.stderr.write(`loading a synthetic nation ${JSON.stringify(size)}…\n`);
  const loadStarted = performance.now();
  await seedSyntheticNation(storage.databaseUrl, size);
  const loadSeconds = Number(((performance.now() - loadStarted) / 1000).toFixed(1));
  const { provinceId, communeId } = await demoUnits(storage.databaseUrl);
  const central = await signIn(baseUrl, 'tw.vpdp');
  const province = await signIn(baseUrl, 'tinh.vpdp');
  const commune = await signIn(baseUrl, 'xa1.canbo');

  process.stderr.write('full refresh of the aggregates…\n');
  const refreshStarted = performance.now();
  const refresh = await fetch(`${baseUrl}/api/v1/statistics/refresh`, {
    method: 'POST',
    headers: { cookie: central.cookie, 'x-csrf-token': central.csrf, 'content-type': 'application/json' },
    body: '{}',
  });
  const refreshBody = (await refresh.json()) as { durationMs: number };
  const refreshMs = Math.round(performance.now() - refreshStarted);
  if (refresh.status !== 200) throw new Error(`refresh answered ${refresh.status}`);
  const scans = await scansCounted(storage.databaseUrl);

  const s = '/api/v1/statistics';
  const requests: {
    name: string;
    kind: Timing['kind'];
    path: string;
    session?: Session;
    method?: string;
    body?: unknown;
  }[] = [
    { name: 'GET /api/v1/hello (baseline)', kind: 'baseline', path: '/api/v1/hello' },
    { name: 'getStatistics by stars (nation)', kind: 'dashboard', path: `${s}?by=stars`, session: central },
    {
      name: 'getStatistics by stars,status (nation)',
      kind: 'dashboard',
      path: `${s}?by=stars,status`,
      session: central,
    },
    {
      name: 'getStatistics by province (nation)',
      kind: 'dashboard',
      path: `${s}?by=province&status=valid`,
      session: central,
    },
    {
      name: 'getStatistics by formerProvince',
      kind: 'dashboard',
      path: `${s}?by=formerProvince`,
      session: central,
    },
    {
      name: 'getStatistics by group,year filtered',
      kind: 'dashboard',
      path: `${s}?by=group,year&stars=4&producerType=cooperative`,
      session: central,
    },
    {
      name: 'getStatistics expiring by commune (province)',
      kind: 'dashboard',
      path: `${s}?by=commune&status=expiring`,
      session: province,
    },
    {
      name: 'getStatistics by stars (commune)',
      kind: 'dashboard',
      path: `${s}?by=stars&unitId=${communeId}`,
      session: commune,
    },
    {
      name: 'getStatistics dossiers by status',
      kind: 'dashboard',
      path: `${s}?dataset=dossiers&by=status`,
      session: central,
    },
    {
      name: 'getStatistics products by status',
      kind: 'dashboard',
      path: `${s}?dataset=products&by=status`,
      session: central,
    },
    {
      name: 'getStatistics lead times by stage',
      kind: 'dashboard',
      path: `${s}?dataset=leadTimes&by=stage`,
      session: central,
    },
    {
      name: 'getStatistics councils by year',
      kind: 'dashboard',
      path: `${s}?dataset=councils&by=year`,
      session: central,
    },
    {
      name: 'getStatistics stamps by month (nation)',
      kind: 'dashboard',
      path: `${s}?dataset=stamps&by=month`,
      session: central,
    },
    {
      name: 'getStatistics stamps by province',
      kind: 'dashboard',
      path: `${s}?dataset=stamps&by=province`,
      session: central,
    },
    { name: 'getStatisticsMap (nation)', kind: 'dashboard', path: `${s}/map`, session: central },
    {
      name: 'getStatisticsMap (province communes)',
      kind: 'dashboard',
      path: `${s}/map?unitId=${provinceId}`,
      session: central,
    },
    { name: 'map geometry (GeoJSON)', kind: 'dashboard', path: `${s}/map/provinces.geojson` },
    { name: 'public /thong-ke', kind: 'dashboard', path: '/thong-ke' },
    { name: 'public /open-data/statistics.json', kind: 'dashboard', path: '/open-data/statistics.json' },
    {
      name: 'listDossiers (province)',
      kind: 'dashboard',
      path: '/api/v1/dossiers?limit=50',
      session: province,
    },
    {
      name: 'listCertificates (province)',
      kind: 'dashboard',
      path: '/api/v1/certificates',
      session: province,
    },
    { name: 'listReports (province)', kind: 'dashboard', path: '/api/v1/reports', session: province },
    {
      name: 'generateReport (province, year)',
      kind: 'report',
      path: '/api/v1/reports',
      session: province,
      method: 'POST',
      body: { unitId: provinceId, year: 2026, period: 'year' },
    },
  ];
  const timings: Timing[] = [];
  for (const request of requests) {
    process.stderr.write(`timing ${request.name}…\n`);
    try {
      timings.push(await time(baseUrl, request, request.kind === 'report' ? Math.min(ROUNDS, 10) : ROUNDS));
    } catch (error) {
      process.stderr.write(`  skipped: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return { loadSeconds, refreshMs, refreshServerMs: refreshBody.durationMs, scans, timings };
});

const verdict = (isMet: boolean) => (isMet ? 'met' : 'MISSED');
const hello = result.timings.find((t) => t.kind === 'baseline');
process.stdout.write(headerLine('OCOP statistics bench (one request at a time)'));
process.stdout.write(
  `nation: ${size.products.toLocaleString('en')} products, ${size.communes} communes, ${size.dossiers.toLocaleString('en')} dossiers, ${size.scans.toLocaleString('en')} scans; loaded in ${result.loadSeconds} s\n`,
);
process.stdout.write(
  formatTable(
    ['endpoint', 'kind', 'p50 ms', 'p95 ms', 'max ms', 'p95/hello', 'target'],
    result.timings.map((t) => [
      t.name,
      t.kind,
      String(t.p50Ms),
      String(t.p95Ms),
      String(t.maxMs),
      hello ? (t.p95Ms / hello.p95Ms).toFixed(1) : '',
      t.kind === 'dashboard'
        ? `${verdict(t.p95Ms < TARGETS.p95Ms)} (p95 < ${TARGETS.p95Ms} ms)`
        : t.kind === 'report'
          ? `${verdict(t.p95Ms < TARGETS.reportMs)} (< ${TARGETS.reportMs} ms)`
          : '',
    ]),
  ),
);
process.stdout.write(
  `full refresh of the aggregates: ${result.refreshMs} ms (server ${result.refreshServerMs} ms) — ${verdict(result.refreshMs < TARGETS.refreshMs)} (< ${TARGETS.refreshMs / 1000} s)\n`,
);
process.stdout.write(
  `scans counted by the refresh: ${result.scans.counted.toLocaleString('en')} of ${result.scans.stored.toLocaleString('en')} stored — ${verdict(result.scans.counted === result.scans.stored)}\n`,
);
const dashboards = result.timings.filter((t) => t.kind === 'dashboard');
process.stdout.write(
  `every dashboard, map and list endpoint p95 < ${TARGETS.p95Ms} ms: ${verdict(dashboards.every((t) => t.p95Ms < TARGETS.p95Ms))}\n`,
);
const report = result.timings.find((t) => t.kind === 'report');
process.stdout.write(
  `province report generated < ${TARGETS.reportMs} ms: ${report ? verdict(report.p95Ms < TARGETS.reportMs) : 'not measured (no report endpoint)'}\n`,
);
process.stdout.write(`${JSON.stringify({ size, ...result })}\n`);
