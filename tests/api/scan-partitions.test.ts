import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database';
import { listScanEventPartitions } from '../../src/db/repositories/scan-partitions.repository';
import { scanEvents } from '../../src/db/schema';
import { scanPartitionMonths } from '../../src/server/modules/stamps/scan-partitions.job';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, signInAs, type TestApp } from '../helpers/test-app';

let t: TestApp;

beforeAll(async () => {
  // Jobs off: the partitions appear only when the test runs the job.
  t = await createTestApp({
    now: new Date('2026-12-06T03:00:00Z'),
    config: { jobs: { isEnabled: false, pollingSeconds: 2 } } as never,
  });
}, 180_000);
afterAll(async () => t.close());

async function partitionOf(serial: string): Promise<string | undefined> {
  const [row] = await queryRows<{ part: string }>(
    t.db,
    sql`select tableoid::regclass::text as part from scan_events where serial = ${serial}`,
  );
  return row?.part;
}

describe('scan event partitions', () => {
  it('names each month in Vietnam time, across the new year', () => {
    expect(scanPartitionMonths('2026-12-06', 2)).toEqual([
      { name: 'scan_events_y2026m12', from: '2026-12-01T00:00:00+07:00', to: '2027-01-01T00:00:00+07:00' },
      { name: 'scan_events_y2027m01', from: '2027-01-01T00:00:00+07:00', to: '2027-02-01T00:00:00+07:00' },
      { name: 'scan_events_y2027m02', from: '2027-02-01T00:00:00+07:00', to: '2027-03-01T00:00:00+07:00' },
    ]);
  });

  it('the daily job creates this month and the next three, moving this month’s scans out of the default partition, once', async () => {
    const batchId = randomUUID();
    const scan = (serial: string, at: string) => ({
      serial,
      batchId,
      scannedAt: new Date(at),
      networkHash: 'n',
      userAgentClass: 'mobile',
    });
    // 30/11 23:30 in Vietnam is still November; 1/12 00:30 in Vietnam is December.
    await t.db
      .insert(scanEvents)
      .values([scan('NOV', '2026-11-30T16:30:00Z'), scan('DEC', '2026-11-30T17:30:00Z')]);
    expect(await partitionOf('DEC')).toBe('scan_events_default');

    const admin = await signInAs(t, 'admin', (await buildJurisdictions(t.db)).nation);
    const run = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/jobs/scan-partitions/run',
        headers: admin.headers,
        payload: { asOf: '2026-12-06' },
      });
    const first = await run();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ summary: { created: 4 } });
    expect((await listScanEventPartitions(t.db)).map((p) => p.name)).toEqual([
      'scan_events_default',
      'scan_events_y2026m12',
      'scan_events_y2027m01',
      'scan_events_y2027m02',
      'scan_events_y2027m03',
    ]);
    expect(await partitionOf('DEC')).toBe('scan_events_y2026m12');
    expect(await partitionOf('NOV')).toBe('scan_events_default');
    expect((await run()).json()).toMatchObject({ summary: { created: 0 } });

    // A new scan lands in its month; ids keep growing across partitions.
    await t.db.insert(scanEvents).values(scan('JAN', '2027-01-10T02:00:00Z'));
    expect(await partitionOf('JAN')).toBe('scan_events_y2027m01');
    const ids = await t.db.select({ id: scanEvents.id }).from(scanEvents).orderBy(scanEvents.id);
    expect(ids.map((row) => row.id)).toEqual([1, 2, 3]);
  });
});
