import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database';
import { createScanEventPartition } from '../../src/db/repositories/scan-partitions.repository';
import { insertScanEvents } from '../../src/db/repositories/stamp-scans.repository';
import { queryFigures } from '../../src/db/repositories/statistics.repository';
import { stampBatches } from '../../src/db/schema';
import { SET_GROUPS } from '../../src/domain/statistics/statistics-datasets';
import { refreshStatistics } from '../../src/server/modules/statistics/refresh-statistics';
import { scanPartitionMonths } from '../../src/server/modules/stamps/scan-partitions.job';
import { buildUnit } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';

/**
 * Scans are counted incrementally: a refresh recounts the months from the previous refresh's on,
 * and whole the partitions of `scan_events` attached since; a detached partition's scans leave the
 * figures. After every step, the stamp figures (fine per producer, and per province) equal a count
 * straight from `scan_events`.
 */
const FEBRUARY = new Date('2026-02-10T03:00:00Z');
const MARCH = new Date('2026-03-05T03:00:00Z');
const JANUARY_PARTITION = {
  name: 'scan_events_y2026m01',
  from: '2026-01-01T00:00:00+07:00',
  to: '2026-02-01T00:00:00+07:00',
};
let t: TestApp;
let batchId: string;
let serial = 0;

beforeAll(async () => {
  t = await createTestApp({ now: FEBRUARY });
  // The partitions the daily job creates for this clock (February to May): made now, so the job,
  // if it runs, has none left to create while the figures are compared.
  for (const month of scanPartitionMonths('2026-02-10')) await createScanEventPartition(t.db, month);
  const nation = await buildUnit(t.db, { level: 'nation', code: 'VNS', name: 'Việt Nam' });
  const province = await buildUnit(t.db, { level: 'province', parent: nation, code: 'Q1', name: 'Tỉnh' });
  const commune = await buildUnit(t.db, { level: 'commune', parent: province, name: 'Xã' });
  const { certificate, producer, product } = await buildCertifiedProduct(
    t.db,
    { commune, province },
    { stars: 4, signedOn: '2025-06-01' },
  );
  const [batch] = await t.db
    .insert(stampBatches)
    .values({
      productId: product.id,
      producerId: producer.id,
      certificateId: certificate.id,
      provinceUnitId: province.id,
      lot: 'L1',
      productionDate: '2025-12-01',
      quantity: 100,
      createdAt: new Date('2025-12-05T03:00:00Z'),
    })
    .returning();
  batchId = batch!.id;
}, 120_000);
afterAll(async () => t.close());

async function scan(count: number, at: string): Promise<void> {
  await insertScanEvents(
    t.db,
    Array.from({ length: count }, () => ({
      serial: `S${(serial += 1)}`,
      batchId,
      scannedAt: new Date(at),
      networkHash: 'n',
      userAgentClass: 'mobile',
    })),
  );
}

async function refresh(now: Date) {
  return (await refreshStatistics({ db: t.db, now })).scanCounts;
}

/** Scans per month (Vietnam time) counted straight from `scan_events`. */
async function directScans(): Promise<Record<string, number>> {
  const rows = await queryRows<{ month: string; scans: unknown }>(
    t.db,
    sql`select to_char(scanned_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month, count(*) as scans
        from scan_events group by 1`,
  );
  return Object.fromEntries(rows.map((row) => [row.month, Number(row.scans)]));
}

/** Scans per month as the figures give them: from the fine cells and from the province table. */
async function figures(fineOnly: boolean): Promise<Record<string, number>> {
  const rows = await queryFigures(t.db, {
    dataset: 'stamps',
    dimensions: ['month'],
    filters: {},
    scope: { kind: 'nation' },
    today: '2026-03-05',
    setGroups: SET_GROUPS,
    fineOnly,
  });
  return Object.fromEntries(
    rows.filter((row) => row.values.scans! > 0).map((row) => [String(row.keys.month), row.values.scans!]),
  );
}

async function expectFiguresEqualDirectCount(expected: Record<string, number>): Promise<void> {
  expect(await directScans()).toEqual(expected);
  expect(await figures(true)).toEqual(expected);
  expect(await figures(false)).toEqual(expected);
}

describe('scan counts kept from one refresh to the next', () => {
  it('recounts only the months from the previous refresh on', async () => {
    await scan(3, '2026-01-15T03:00:00Z');
    const first = await refresh(FEBRUARY);
    expect(first.partitionsCountedWhole).toContain('scan_events_default');
    expect(first.scansRead).toBe(3);
    await expectFiguresEqualDirectCount({ '2026-01': 3 });

    await scan(2, '2026-03-03T03:00:00Z');
    const second = await refresh(MARCH);
    // February on (the month of the previous refresh): January's three scans are not read again.
    expect(second).toEqual({
      fromMonth: '2026-02',
      partitionsCountedWhole: [],
      partitionsRemoved: [],
      scansRead: 2,
    });
    await expectFiguresEqualDirectCount({ '2026-01': 3, '2026-03': 2 });
  });

  it('counts whole a partition created for a past month, and the default partition its scans left', async () => {
    expect(await createScanEventPartition(t.db, JANUARY_PARTITION)).toBe(true);
    const report = await refresh(MARCH);
    expect(report.partitionsCountedWhole).toEqual(['scan_events_default', 'scan_events_y2026m01']);
    await expectFiguresEqualDirectCount({ '2026-01': 3, '2026-03': 2 });
  });

  it('removes the scans of a detached partition and counts them again once attached', async () => {
    await t.db.execute(sql`alter table scan_events detach partition scan_events_y2026m01`);
    expect((await refresh(MARCH)).partitionsRemoved).toEqual(['scan_events_y2026m01']);
    await expectFiguresEqualDirectCount({ '2026-03': 2 });

    // Changed while detached, attached again between two refreshes: still counted whole.
    const attach = sql.raw(
      `alter table scan_events attach partition scan_events_y2026m01 for values from ('${JANUARY_PARTITION.from}') to ('${JANUARY_PARTITION.to}')`,
    );
    await t.db.execute(attach);
    expect((await refresh(MARCH)).partitionsCountedWhole).toContain('scan_events_y2026m01');
    await t.db.execute(sql`alter table scan_events detach partition scan_events_y2026m01`);
    await t.db
      .execute(sql`insert into scan_events_y2026m01 (serial, batch_id, scanned_at, network_hash, user_agent_class)
      values ('S-archived', ${batchId}::uuid, '2026-01-20T03:00:00Z', 'n', 'mobile')`);
    await t.db.execute(attach);
    expect((await refresh(MARCH)).partitionsCountedWhole).toContain('scan_events_y2026m01');
    await expectFiguresEqualDirectCount({ '2026-01': 4, '2026-03': 2 });
  });

  it('removes the scans of a dropped partition', async () => {
    await t.db.execute(sql`alter table scan_events detach partition scan_events_y2026m01`);
    await t.db.execute(sql`drop table scan_events_y2026m01`);
    expect((await refresh(MARCH)).partitionsRemoved).toEqual(['scan_events_y2026m01']);
    await expectFiguresEqualDirectCount({ '2026-03': 2 });
  });
});
