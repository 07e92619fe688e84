import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database';
import { DEMO_PASSWORD, seedDemo, type DemoSummary } from '../../src/server/demo/seed-demo';
import { refreshStatistics } from '../../src/server/modules/statistics/refresh-statistics';
import { revokeThroughDecision } from '../helpers/revoke-through-decision';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

/**
 * The figures of the demo province against independent counts: the certificate list the standing
 * office reads (`listCertificates`), and direct counts over the transactional tables after a
 * sequence of writes through the API — refreshed by the write hook, never drifting.
 */
const NOW = new Date('2026-03-02T08:00:00Z');
let t: TestApp;
let summary: DemoSummary;
let office: Session;
let commune: Session;
let provincePath: string;

beforeAll(async () => {
  t = await createTestApp({ now: NOW, config: { statisticsRefreshDelayMs: 0 } });
  summary = await seedDemo({ db: t.db, now: NOW });
  // The daily refresh may catch up while the demo is being seeded: count once it is all there.
  await refreshStatistics({ db: t.db, now: NOW });
  office = await login(t.app, 'tinh.vpdp', DEMO_PASSWORD);
  commune = await login(t.app, 'xa1.canbo', DEMO_PASSWORD);
  const province = summary.accounts.find((a) => a.username === 'tinh.vpdp')!.unit;
  [{ path: provincePath }] = (await queryRows<{ path: string }>(
    t.db,
    sql`select path from admin_units where id = ${province.id}::uuid`,
  )) as [{ path: string }];
}, 180_000);
afterAll(async () => t.close());

interface Figures {
  rows: { keys: Record<string, string | number | null>; values: Record<string, number> }[];
  freshness: { isStale: boolean; refreshedAt: string };
}

async function statistics(query: string, session = office): Promise<Figures> {
  const response = await t.app.inject({ url: `/api/v1/statistics?${query}`, headers: session.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Figures>();
}

const asMap = (figures: Figures, measure: string) =>
  Object.fromEntries(
    figures.rows
      .filter((row) => (row.values[measure] ?? 0) > 0)
      .map((row) => [Object.values(row.keys).join('|'), row.values[measure]!]),
  );

/** Certificates of the province per stars|status, counted straight from the certificates table. */
async function directCertificates(): Promise<Record<string, number>> {
  const today = NOW.toISOString().slice(0, 10);
  const rows = await queryRows<{ key: string; n: unknown }>(
    t.db,
    sql`select c.stars || '|' || case when c.revoked_on <= ${today}::date then 'revoked'
          when c.superseded_on <= ${today}::date then 'superseded'
          when c.valid_until < ${today}::date then 'expired' else 'valid' end as key, count(*) as n
        from certificates c join producers p on p.id = c.producer_id join admin_units u on u.id = p.commune_id
        where u.path like ${`${provincePath}%`} group by 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
}

async function directDossiers(): Promise<Record<string, number>> {
  const rows = await queryRows<{ status: string; n: unknown }>(
    t.db,
    sql`select d.status, count(*) as n from dossiers d join admin_units u on u.id = d.commune_id
        where u.path like ${`${provincePath}%`} group by 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

describe('demo province figures', () => {
  it('valid certificates per star equal those the certificate list shows', async () => {
    const list = await t.app.inject({ url: '/api/v1/certificates', headers: office.headers });
    const items = list.json<{ items: { stars: number; status: string }[] }>().items;
    const expected: Record<string, number> = {};
    for (const item of items.filter((i) => i.status === 'valid'))
      expected[String(item.stars)] = (expected[String(item.stars)] ?? 0) + 1;
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(asMap(await statistics('by=stars&status=valid'), 'certificates')).toEqual(expected);
  });

  it('after a sequence of writes every figure still equals a direct count', async () => {
    const valid = (await t.app.inject({ url: '/api/v1/certificates', headers: office.headers }))
      .json<{ items: { id: string; status: string }[] }>()
      .items.find((c) => c.status === 'valid')!;
    await revokeThroughDecision(t, {
      certificateId: valid.id,
      office,
      leader: await login(t.app, 'tinh.lanhdao', DEMO_PASSWORD),
      decisionNumber: '12/QĐ-UBND',
      groundCode: 'not_reevaluated',
    });
    const queue = (
      await t.app.inject({ url: '/api/v1/dossiers?status=submitted', headers: commune.headers })
    ).json<{ items: { id: string; version: number }[] }>().items;
    for (const dossier of queue.slice(0, 1)) {
      const accepted = await t.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${dossier.id}/accept`,
        headers: commune.headers,
        payload: { version: dossier.version },
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
    }
    const expectedCertificates = await directCertificates();
    const expectedDossiers = await directDossiers();
    await expect
      .poll(async () => {
        const figures = await statistics('by=stars,status');
        return figures.freshness.isStale ? 'stale' : asMap(figures, 'certificates');
      })
      .toEqual(expectedCertificates);
    // Each dataset says whether its figures are fresh: read the dossiers once theirs are.
    await expect
      .poll(async () => {
        const figures = await statistics('dataset=dossiers&by=status');
        return figures.freshness.isStale ? 'stale' : asMap(figures, 'dossiers');
      })
      .toEqual(expectedDossiers);
  });
});
