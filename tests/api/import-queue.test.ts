/**
 * Imports run on the job queue: a file posted to the import route is planned at once (bad rows
 * reported in the answer) and imported by a queue worker, so the request does not hold the
 * import; a job whose process stopped half-way is finished when the queue hands it out again,
 * without importing any row twice; and a job that cannot be finished says so after its last
 * attempt instead of staying "running". The queue's own tables are not backed up: a server
 * starting on a restored database queues again the imports its tables say are running.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, toCount } from '../../src/db/database';
import { importJobs, producers, products } from '../../src/db/schema';
import { IMPORT_COLUMNS } from '../../src/domain/registry/import-layout';
import { SYSTEM_AUDIT_CONTEXT } from '../../src/db/repositories/audit.repository';
import { createBlobStore, fileStoreRoot } from '../../src/server/files/blob-store';
import { buildApp } from '../../src/server/app';
import { findJobQueue } from '../../src/server/jobs/queue-of-app';
import { applyProducerImport } from '../../src/server/modules/imports/apply-producer-import';
import { IMPORT_TASK, type ImportTaskData } from '../../src/server/modules/imports/import.task';
import { planProducerImport } from '../../src/server/modules/imports/plan-producer-import';
import { readTableFile } from '../../src/server/modules/imports/read-table-file';
import { startProducerImport } from '../../src/server/modules/imports/run-producer-import';
import { buildJurisdictions } from '../helpers/factories';
import { multipartBody, waitFor } from '../helpers/registry-helpers';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let dataDir: string;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let office: Session;

/** `count` producers with one product each, in communes X and Y, registration numbers from `from`. */
function file(from: number, count: number, badLine?: number): Buffer {
  const rows: string[][] = [IMPORT_COLUMNS.map((c) => c.header)];
  for (let i = from; i < from + count; i += 1) {
    const values: Record<string, string> = {
      producerType: 'Hợp tác xã',
      producerName: `Hợp tác xã hàng đợi ${i}`,
      registrationNumber: `47${String(i).padStart(8, '0')}`,
      communeCode: i % 2 === 0 ? units.communeX.code : units.communeY.code,
      address: `Thôn ${i}`,
      representativeName: 'Lò Văn Pâng',
      representativeTitle: 'Giám đốc',
      representativeGender: 'Nam',
      representativeEthnicMinority: 'Có',
      workforceTotal: '9',
      productName: `Chè shan tuyết ${i}`,
      productSet: '4',
    };
    if (i - from + 2 === badLine) values.communeCode = 'KHONG-CO';
    rows.push(IMPORT_COLUMNS.map((c) => values[c.key] ?? ''));
  }
  return Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`);
}

async function count(table: typeof producers | typeof products): Promise<number> {
  const [r] = await t.db.select({ n: sql<unknown>`count(*)` }).from(table);
  return toCount(r?.n);
}

const jobRow = async (id: string) => (await t.db.select().from(importJobs).where(eq(importJobs.id, id)))[0]!;
const finished = (id: string) =>
  waitFor(async () => {
    const row = await jobRow(id);
    return row.status === 'running' ? undefined : row;
  }, 120_000);

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-import-queue-'));
  t = await createTestApp({
    config: { dataDir, jobs: { pollingSeconds: 0.5, taskRetryDelaySeconds: 1 } } as never,
  });
  units = await buildJurisdictions(t.db);
  office = await signInAs(t, 'standing_office', units.provinceA);
}, 120_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('imports on the job queue', () => {
  it('answers with the bad rows at once and a queue worker imports the rest', async () => {
    const body = multipartBody({}, { name: 'hang-doi.csv', content: file(0, 40, 7) });
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/producers',
      headers: { ...office.headers, ...body.headers },
      payload: body.payload,
    });
    expect(started.statusCode).toBe(202);
    const job = started.json<{ id: string; status: string; problems: { line: number }[] }>();
    expect(job.status).toBe('running');
    expect(job.problems.map((p) => p.line)).toEqual([7]);
    const done = await finished(job.id);
    expect(done).toMatchObject({ status: 'completed', processedRows: 40, producersCreated: 39 });
    // The worker that did it is the queue's: its job (same id) is completed there.
    // (The queue marks its job completed just after the handler has returned.)
    await expect
      .poll(
        async () =>
          (
            await queryRows<{ state: string }>(
              t.db,
              sql`select state from pgboss.job where name = ${IMPORT_TASK} and id = ${job.id}::uuid`,
            )
          ).map((r) => r.state),
        { timeout: 30_000 },
      )
      .toEqual(['completed']);
  }, 180_000);

  it('finishes an import whose process stopped half-way, importing no row twice', async () => {
    const content = file(1000, 60);
    const runner = {
      audit: SYSTEM_AUDIT_CONTEXT,
      accountId: office.accountId,
      unitId: units.provinceA.id,
      canImportInto: () => true,
    };
    // A process recorded the job, stored the file, imported the first 20 rows, then stopped.
    const { job } = await startProducerImport({
      db: t.db,
      runner,
      content,
      fileName: 'dung-giua-chung.csv',
      now: () => new Date(),
    });
    await createBlobStore(fileStoreRoot(dataDir)).put(content);
    const plan = await planProducerImport({
      db: t.db,
      table: await readTableFile(content),
      canImportInto: () => true,
      today: new Date().toISOString().slice(0, 10),
    });
    await applyProducerImport({
      db: t.db,
      audit: SYSTEM_AUDIT_CONTEXT,
      jobId: job.id,
      plan: { ...plan, steps: plan.steps.slice(0, 20) },
      now: new Date(),
    });
    const before = { producers: await count(producers), products: await count(products) };
    expect((await jobRow(job.id)).status).toBe('running');

    // The queue hands the job out again (as after the stopped worker's heartbeat ran out).
    const data: ImportTaskData = {
      importJobId: job.id,
      unitPaths: [units.provinceA.path],
      isSystem: false,
      audit: SYSTEM_AUDIT_CONTEXT,
    };
    await findJobQueue(t.app.deps)!.enqueue(IMPORT_TASK, data, { id: job.id });
    const done = await finished(job.id);
    expect(done).toMatchObject({ status: 'completed', processedRows: 60, producersCreated: 60 });
    expect(await count(producers)).toBe(before.producers + 40);
    expect(await count(products)).toBe(before.products + 40);
  }, 180_000);

  it('fails cleanly, saying why, when the file is gone', async () => {
    const content = file(5000, 3);
    const { job } = await startProducerImport({
      db: t.db,
      runner: { audit: SYSTEM_AUDIT_CONTEXT, accountId: null, unitId: null, canImportInto: () => true },
      content,
      fileName: 'mat-tep.csv',
      now: () => new Date(),
    });
    await findJobQueue(t.app.deps)!.enqueue(
      IMPORT_TASK,
      { importJobId: job.id, unitPaths: [], isSystem: true, audit: SYSTEM_AUDIT_CONTEXT },
      { id: job.id },
    );
    const done = await finished(job.id);
    expect(done.status).toBe('failed');
    expect(done.failureMessage).toContain('hãy nhập lại tệp');
    expect(await count(producers)).toBeGreaterThan(0);
    const imported = await t.db
      .select()
      .from(producers)
      .where(eq(producers.name, 'Hợp tác xã hàng đợi 5000'));
    expect(imported).toHaveLength(0);
  }, 180_000);

  it('a server starting on a restored database queues again an import its table says is running', async () => {
    const content = file(7000, 5);
    // As restored from a backup: the job row and its file, no queue entry.
    const { job } = await startProducerImport({
      db: t.db,
      runner: {
        audit: SYSTEM_AUDIT_CONTEXT,
        accountId: office.accountId,
        unitId: units.provinceA.id,
        canImportInto: () => true,
      },
      content,
      fileName: 'khoi-phuc.csv',
      now: () => new Date(),
    });
    await createBlobStore(fileStoreRoot(dataDir)).put(content);
    const restarted = await buildApp({ database: t.database, config: t.app.deps.config });
    try {
      await restarted.ready();
      const done = await finished(job.id);
      expect(done).toMatchObject({ status: 'completed', processedRows: 5, producersCreated: 5 });
    } finally {
      await restarted.close();
    }
  }, 180_000);
});
