/**
 * Label sheets as durable jobs on the job queue: a job left "running" by a killed process is taken
 * up again when a server starts, two servers render each queued job once, progress only grows, a finished sheet is downloaded again without a new job, the
 * 40-per-sheet layout decodes label by label; plus the lists the web app reads (batches in scope, the products
 * stamps may be ordered for and why not).
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, stampLabelJobs, stamps } from '../../src/db/schema';
import { buildApp } from '../../src/server/app';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildPoolProduct } from '../helpers/evaluation-fixtures';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { decodeLabelCells } from '../helpers/label-cells';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

interface Job {
  id: string;
  status: string;
  processed: number;
  total: number;
  downloadUrl: string | null;
}

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let producer: Session;
let officeA: Session;
let officeB: Session;
let certified: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let otherProducers: Awaited<ReturnType<typeof buildCertifiedProduct>>;

const order = (who: Session, extra: Record<string, unknown> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/stamp-batches',
    headers: who.headers,
    payload: {
      productId: certified.product.id,
      lot: 'LJ-1',
      productionDate: '2026-05-01',
      expiryDate: '2027-05-01',
      quantity: 5,
      ...extra,
    },
  });
const getJob = async (id: string) =>
  (
    await t.app.inject({ method: 'GET', url: `/api/v1/stamp-label-jobs/${id}`, headers: producer.headers })
  ).json<Job>();

/** Polls a job until it leaves pending/running, recording every progress value seen on the way. */
async function waitForJob(id: string): Promise<{ job: Job; seen: number[] }> {
  const seen: number[] = [];
  let job: Job | undefined;
  await expect
    .poll(
      async () => {
        job = await getJob(id);
        const isWaiting = job.status === 'pending' || job.status === 'running';
        if (isWaiting && seen.at(-1) !== job.processed) seen.push(job.processed);
        return isWaiting;
      },
      { timeout: 60_000, interval: 10 },
    )
    .toBe(false);
  return { job: job!, seen };
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z') });
  units = await buildJurisdictions(t.db);
  const account = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  producer = await login(t.app, account.username);
  officeA = await signInAs(t, 'standing_office', units.provinceA);
  officeB = await signInAs(t, 'standing_office', units.provinceB);
  const scope = { province: units.provinceA, commune: units.communeX };
  certified = await buildCertifiedProduct(t.db, scope, {
    producerAccountId: account.id,
    name: 'Chè Shan tuyết',
  });
  otherProducers = await buildCertifiedProduct(t.db, scope, { name: 'Miến dong' });
}, 120_000);
afterAll(async () => t.close());

describe('durable label jobs', () => {
  it('a job left running by a killed process is rendered again by the next server, with growing progress', async () => {
    const batch = (await order(producer, { lot: 'LJ-KILL', quantity: 480, labelLayout: 'a4-40' })).json<{
      id: string;
      labelLayout: string;
    }>();
    expect(batch.labelLayout).toBe('a4-40');
    // What a process killed mid-job leaves behind: running, half done, its heartbeat long silent.
    const [orphan] = await t.db
      .insert(stampLabelJobs)
      .values({
        batchId: batch.id,
        status: 'running',
        claimedBy: 'dead-host:4242',
        heartbeatAt: sql`now() - interval '10 minutes'`,
        attempts: 1,
        processed: 200,
        total: 480,
        createdAt: new Date('2026-05-10T07:59:00Z'),
      })
      .returning();
    const restarted = await buildApp({
      database: t.database,
      config: t.app.deps.config,
      clock: () => new Date('2026-05-10T08:00:00Z'),
    });
    try {
      const { job, seen } = await waitForJob(orphan!.id);
      expect(job).toMatchObject({ status: 'completed', processed: 480, total: 480 });
      // The dead process's 200 may be read before the claim; the new run starts over and only grows.
      const run = seen[0] === 200 ? seen.slice(1) : seen;
      expect(run.length).toBeGreaterThanOrEqual(3);
      expect([...run].sort((a, b) => a - b)).toEqual(run);
      const [row] = await t.db.select().from(stampLabelJobs).where(eq(stampLabelJobs.id, orphan!.id));
      expect(row!.claimedBy).not.toBe('dead-host:4242');
      expect(row!.attempts).toBe(2);
      const pdf = await t.app.inject({ method: 'GET', url: job.downloadUrl!, headers: producer.headers });
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(12);
      const inOrder = (
        await t.db.select().from(stamps).where(eq(stamps.batchId, batch.id)).orderBy(stamps.position)
      ).map((s) => `http://localhost:3000/s/${s.serial}`);
      // Every one of the 40 labels of the first and the last sheet, cut out and read alone, is its own stamp.
      for (const dpi of [300, 150]) {
        expect(decodeLabelCells(pdf.rawPayload, { layout: 'a4-40', dpi, page: 1 })).toEqual(
          inOrder.slice(0, 40),
        );
        expect(decodeLabelCells(pdf.rawPayload, { layout: 'a4-40', dpi, page: 12 })).toEqual(
          inOrder.slice(440, 480),
        );
      }
    } finally {
      await restarted.close();
    }
  }, 120_000);

  it('two servers starting together share the queued jobs: each job is rendered exactly once', async () => {
    const jobIds: string[] = [];
    for (const lot of ['LJ-Q1', 'LJ-Q2', 'LJ-Q3', 'LJ-Q4']) {
      const batch = (await order(producer, { lot, quantity: 3 })).json<{ id: string }>();
      const [job] = await t.db
        .insert(stampLabelJobs)
        .values({ batchId: batch.id, status: 'pending', total: 3, createdAt: new Date() })
        .returning();
      jobIds.push(job!.id);
    }
    const servers = await Promise.all(
      [1, 2].map(() => buildApp({ database: t.database, config: t.app.deps.config })),
    );
    try {
      for (const id of jobIds) expect((await waitForJob(id)).job.status).toBe('completed');
      const rows = await t.db.select().from(stampLabelJobs).where(inArray(stampLabelJobs.id, jobIds));
      expect(rows.map((r) => r.attempts)).toEqual([1, 1, 1, 1]);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  }, 60_000);

  it('a finished sheet is downloaded again without generating it again; requests are audited', async () => {
    const batch = (await order(producer, { lot: 'LJ-AGAIN', quantity: 30 })).json<{ id: string }>();
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/v1/stamp-batches/${batch.id}/label-jobs`,
      headers: producer.headers,
    });
    expect(first.statusCode).toBe(202);
    const { job } = await waitForJob(first.json<Job>().id);
    expect(job.status).toBe('completed');
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/stamp-batches/${batch.id}/label-jobs`,
      headers: officeA.headers,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<Job>()).toMatchObject({
      id: job.id,
      status: 'completed',
      downloadUrl: job.downloadUrl,
    });
    const latest = await t.app.inject({
      method: 'GET',
      url: `/api/v1/stamp-batches/${batch.id}/label-job`,
      headers: producer.headers,
    });
    expect(latest.json<{ job: Job }>().job.id).toBe(job.id);
    expect(
      (await t.db.select().from(stampLabelJobs).where(eq(stampLabelJobs.batchId, batch.id))).length,
    ).toBe(1);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, batch.id));
    expect(audits.map((a) => a.action)).toContain('stamp-labels.requested');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/stamp-batches/${batch.id}/label-jobs`,
          headers: officeB.headers,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/stamp-batches/${batch.id}/label-job`,
          headers: officeB.headers,
        })
      ).statusCode,
    ).toBe(403);
  }, 60_000);

  it('never prints a deactivated stamp: sheets made before a deactivation are marked outdated and made again without it', async () => {
    const batch = (await order(producer, { lot: 'LJ-DEACT', quantity: 30 })).json<{ id: string }>();
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/v1/stamp-batches/${batch.id}/label-jobs`,
      headers: producer.headers,
    });
    const { job: printed } = await waitForJob(first.json<Job>().id);
    expect(printed).toMatchObject({ status: 'completed', total: 30 });
    const latestOf = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/stamp-batches/${batch.id}/label-job`,
          headers: producer.headers,
        })
      ).json<{ job: Job; outdated: boolean }>();
    expect((await latestOf()).outdated).toBe(false);

    t.setNow(new Date('2026-05-10T09:00:00Z'));
    const rows = await t.db
      .select()
      .from(stamps)
      .where(eq(stamps.batchId, batch.id))
      .orderBy(stamps.position);
    const spoiled = [rows[0]!.serial, rows[17]!.serial];
    for (const serial of spoiled) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/stamps/${serial}/deactivate`,
        headers: producer.headers,
        payload: { reason: 'Tem in hỏng' },
      });
      expect(res.statusCode).toBe(200);
    }
    expect(await latestOf()).toMatchObject({ job: { id: printed.id }, outdated: true });

    t.setNow(new Date('2026-05-10T09:05:00Z'));
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/stamp-batches/${batch.id}/label-jobs`,
      headers: producer.headers,
    });
    expect(again.statusCode).toBe(202);
    expect(again.json<Job>().id).not.toBe(printed.id);
    const { job: reprinted } = await waitForJob(again.json<Job>().id);
    expect(reprinted).toMatchObject({ status: 'completed', total: 28 });
    expect(await latestOf()).toMatchObject({ job: { id: reprinted.id }, outdated: false });
    // Asking once more reuses the fresh sheets.
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/stamp-batches/${batch.id}/label-jobs`,
          headers: producer.headers,
        })
      ).json<Job>().id,
    ).toBe(reprinted.id);

    const pdf = await t.app.inject({ method: 'GET', url: reprinted.downloadUrl!, headers: producer.headers });
    const decoded = [1, 2].flatMap((page) =>
      decodeLabelCells(pdf.rawPayload, { layout: 'a4-24', dpi: 300, page, cells: page === 1 ? 24 : 4 }),
    );
    const printable = rows
      .filter((r) => !spoiled.includes(r.serial))
      .map((r) => `http://localhost:3000/s/${r.serial}`);
    expect(decoded).toEqual(printable);
    t.setNow(new Date('2026-05-10T08:00:00Z'));
  }, 120_000);

  it('refuses an unknown label layout, naming the field', async () => {
    const res = await order(producer, { labelLayout: 'a3-99' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('labelLayout');
  });
});

describe('what the web app lists', () => {
  it('batches: the producer sees its own, the standing office its province, another province nothing', async () => {
    await order(officeA, { productId: otherProducers.product.id, lot: 'LJ-OTHER' });
    const lots = async (who: Session) =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/stamp-batches', headers: who.headers }))
        .json<{ items: { lot: string; producerName: string }[] }>()
        .items.map((b) => b.lot);
    const mine = await lots(producer);
    expect(mine).toContain('LJ-KILL');
    expect(mine).not.toContain('LJ-OTHER');
    const province = await lots(officeA);
    expect(province).toEqual(expect.arrayContaining(['LJ-KILL', 'LJ-OTHER']));
    expect(await lots(officeB)).toEqual([]);
  });

  it('products: only those with a valid certificate may get stamps, the others say why', async () => {
    const { product } = await buildPoolProduct(t.db, units.communeX, {
      producerAccountId: producer.accountId,
      name: 'Mật ong chưa chứng nhận',
    });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/stamp-products',
      headers: producer.headers,
    });
    const items = res.json<{
      items: {
        productId: string;
        canOrder: boolean;
        reasonVi: string | null;
        certificate: { status: string } | null;
      }[];
    }>().items;
    expect(items.find((p) => p.productId === certified.product.id)).toMatchObject({
      canOrder: true,
      reasonVi: null,
      certificate: { status: 'valid' },
    });
    expect(items.find((p) => p.productId === product.id)).toMatchObject({
      canOrder: false,
      reasonVi: 'Sản phẩm chưa có giấy chứng nhận OCOP.',
      certificate: null,
    });
    expect(items.some((p) => p.productId === otherProducers.product.id)).toBe(false);
    const office = (
      await t.app.inject({ method: 'GET', url: '/api/v1/stamp-products', headers: officeA.headers })
    ).json<{ items: { productId: string }[] }>().items;
    expect(office.map((p) => p.productId)).toEqual(
      expect.arrayContaining([certified.product.id, otherProducers.product.id]),
    );
  });
});
