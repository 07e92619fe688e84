/**
 * Exports as background jobs (startExport, getExport, downloadExport): the file holds exactly the
 * rows the list shows the requester with the same filters — paged through, no row cap — with
 * Vietnamese headers and real number cells; progress reaches the total; only the requester can
 * see or download it; a producer exports only its own data; a job whose process died is written
 * again by the queue, a list that refuses fails the job cleanly, a restart queues unfinished
 * exports again, and the daily clean-up deletes expired files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJobs } from '../../src/db/schema';
import { buildApp } from '../../src/server/app';
import { findJobQueue } from '../../src/server/jobs/queue-of-app';
import { exportCleanupJob } from '../../src/server/modules/exports/export-cleanup.job';
import { EXPORT_TASK } from '../../src/server/modules/exports/export.task';
import { exportFilePath } from '../../src/server/modules/exports/list-reader';
import { insertExportJob } from '../../src/db/repositories/export-jobs.repository';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let dataDir: string;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let office: Session;
let otherOffice: Session;
let producer: Session;
/** Four-star certificates of province A: more than one page (200) of the list. */
const FOUR_STARS = 203;

interface ExportJob {
  id: string;
  status: string;
  doneRows: number;
  totalRows: number | null;
  downloadUrl: string | null;
  fileName: string | null;
  error: string | null;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-export-jobs-'));
  t = await createTestApp({
    config: { dataDir, jobs: { pollingSeconds: 0.5, taskRetryDelaySeconds: 1 } } as never,
  });
  units = await buildJurisdictions(t.db);
  office = await signInAs(t, 'standing_office', units.provinceA);
  otherOffice = await signInAs(t, 'standing_office', units.provinceB);
  const producerAccount = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  producer = await login(t.app, producerAccount.username);
  const provinceA = { province: units.provinceA, commune: units.communeX };
  await buildCertifiedProduct(t.db, provinceA, {
    stars: 4,
    name: 'Mật ong của chủ thể',
    producerAccountId: producerAccount.id,
  });
  for (let i = 1; i < FOUR_STARS; i += 1)
    await buildCertifiedProduct(t.db, provinceA, { stars: 4, name: `Trà hoa vàng ${i}` });
  for (let i = 0; i < 3; i += 1)
    await buildCertifiedProduct(t.db, provinceA, { stars: 3, name: `Miến dong ${i}` });
  await buildCertifiedProduct(
    t.db,
    { province: units.provinceB, commune: units.communeZ },
    { stars: 4, name: 'Chè Shan tuyết tỉnh khác' },
  );
}, 600_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const start = (who: Session, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/export-jobs', headers: who.headers, payload });
const status = async (who: Session, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/export-jobs/${id}`, headers: who.headers });
const finished = async (who: Session, id: string): Promise<ExportJob> => {
  let last: ExportJob | undefined;
  await expect
    .poll(
      async () => {
        last = (await status(who, id)).json<ExportJob>();
        return last.status;
      },
      { timeout: 120_000, interval: 300 },
    )
    .toMatch(/^(done|failed)$/);
  return last!;
};

async function sheetRows(payload: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('export jobs', () => {
  it('exports every four-star certificate of the province (more than a page) to Excel, progress reaching the total', async () => {
    const started = await start(office, { list: 'certificates', format: 'xlsx', filters: { stars: '4' } });
    expect(started.statusCode, started.body).toBe(202);
    const job = await finished(office, started.json<ExportJob>().id);
    expect(job, JSON.stringify(job)).toMatchObject({
      status: 'done',
      doneRows: FOUR_STARS,
      totalRows: FOUR_STARS,
      error: null,
    });
    expect(job.fileName).toMatch(/^giay-chung-nhan-\d{4}-\d{2}-\d{2}\.xlsx$/);

    const file = await t.app.inject({ method: 'GET', url: job.downloadUrl!, headers: office.headers });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain(job.fileName!);
    const rows = await sheetRows(file.rawPayload);
    expect(rows[0]).toEqual(['Danh sách giấy chứng nhận OCOP']);
    expect(rows[2]?.[6]).toBe('Số sao');
    const data = rows.slice(3);
    expect(data).toHaveLength(FOUR_STARS);
    // The same rows as the list shows with the same filter.
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/certificates?stars=4&limit=200',
      headers: office.headers,
    });
    const listed = list.json<{ total: number; items: { number: string }[] }>();
    expect(listed.total).toBe(FOUR_STARS);
    const numbers = new Set(data.map((r) => r[0]));
    for (const item of listed.items) expect(numbers.has(item.number)).toBe(true);
    const honey = data.find((r) => r[1] === 'Mật ong của chủ thể')!;
    expect(honey[6]).toBe(4);
    expect(typeof honey[5]).toBe('number');
    expect(data.some((r) => String(r[1]).startsWith('Miến dong'))).toBe(false);
    expect(data.some((r) => r[1] === 'Chè Shan tuyết tỉnh khác')).toBe(false);
  }, 300_000);

  it('writes CSV with a BOM and Vietnamese headers, and only the requester can see or download it', async () => {
    const started = await start(office, { list: 'certificates', format: 'csv', filters: { stars: '3' } });
    const job = await finished(office, started.json<ExportJob>().id);
    expect(job).toMatchObject({ status: 'done', doneRows: 3 });
    const file = await t.app.inject({ method: 'GET', url: job.downloadUrl!, headers: office.headers });
    expect([...file.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.rawPayload.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^Số giấy chứng nhận,Sản phẩm,/);
    expect(lines).toHaveLength(4);

    expect((await status(otherOffice, job.id)).statusCode).toBe(404);
    const stolen = await t.app.inject({ method: 'GET', url: job.downloadUrl!, headers: otherOffice.headers });
    expect(stolen.statusCode).toBe(404);
    expect(stolen.headers['content-type']).toContain('application/problem+json');
  }, 300_000);

  it('a producer’s export holds only its own certificate; a list it may not read is refused at once', async () => {
    const started = await start(producer, { list: 'certificates', format: 'xlsx' });
    expect(started.statusCode, started.body).toBe(202);
    const job = await finished(producer, started.json<ExportJob>().id);
    expect(job.status).toBe('done');
    const file = await t.app.inject({ method: 'GET', url: job.downloadUrl!, headers: producer.headers });
    const data = (await sheetRows(file.rawPayload)).slice(3);
    expect(data.map((r) => r[1])).toEqual(['Mật ong của chủ thể']);

    const bad = await start(office, { list: 'dossiers', filters: { status: 'bogus' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/export-jobs',
      payload: { list: 'certificates' },
    });
    expect(anonymous.statusCode).toBe(401);
  }, 300_000);

  it('writes again from the start a job whose process died half-way, and fails cleanly when the list refuses', async () => {
    const now = new Date();
    const base = {
      list: 'certificates',
      format: 'xlsx' as const,
      requestedBy: office.accountId,
      tokenScopes: null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + 86_400_000),
    };
    // A process started it, wrote 200 rows and a partial file, then died.
    const dead = await insertExportJob(t.db, { ...base, filters: { stars: '4' } });
    await t.db
      .update(exportJobs)
      .set({ status: 'running', doneRows: 200, totalRows: FOUR_STARS })
      .where(eq(exportJobs.id, dead.id));
    fs.mkdirSync(path.join(dataDir, 'exports'), { recursive: true });
    fs.writeFileSync(`${exportFilePath(dataDir, dead)}.part`, 'half a file');
    await findJobQueue(t.app.deps)!.enqueue(EXPORT_TASK, { exportJobId: dead.id }, { id: dead.id });
    const redone = await finished(office, dead.id);
    expect(redone).toMatchObject({ status: 'done', doneRows: FOUR_STARS });
    const file = await t.app.inject({ method: 'GET', url: redone.downloadUrl!, headers: office.headers });
    expect((await sheetRows(file.rawPayload)).slice(3)).toHaveLength(FOUR_STARS);
    expect(fs.existsSync(`${exportFilePath(dataDir, dead)}.part`)).toBe(false);

    // Recorded with a filter the list refuses (as if the list's rules changed since).
    const refused = await insertExportJob(t.db, { ...base, filters: { status: 'bogus' }, list: 'dossiers' });
    await findJobQueue(t.app.deps)!.enqueue(EXPORT_TASK, { exportJobId: refused.id }, { id: refused.id });
    const failed = await finished(office, refused.id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toContain('(400)');
    expect(failed.downloadUrl).toBeNull();
  }, 300_000);

  it('a server starting on a restored database queues again an export its table says is queued', async () => {
    const now = new Date();
    const job = await insertExportJob(t.db, {
      list: 'certificates',
      format: 'csv',
      filters: { stars: '3' },
      requestedBy: office.accountId,
      tokenScopes: null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + 86_400_000),
    });
    const restarted = await buildApp({ database: t.database, config: t.app.deps.config });
    try {
      await restarted.ready();
      expect(await finished(office, job.id)).toMatchObject({ status: 'done', doneRows: 3 });
    } finally {
      await restarted.close();
    }
  }, 300_000);

  it('the daily clean-up deletes exports whose 24 hours are over, with their files', async () => {
    const started = await start(office, { list: 'certificates', format: 'csv', filters: { stars: '3' } });
    const job = await finished(office, started.json<ExportJob>().id);
    const file = exportFilePath(dataDir, { id: job.id, format: 'csv' });
    expect(fs.existsSync(file)).toBe(true);
    const day = new Date(Date.now() + 25 * 3_600_000);
    const summary = await exportCleanupJob.run({
      asOf: day.toISOString().slice(0, 10),
      now: day,
      db: t.db,
      deps: t.app.deps,
      log: { info: () => undefined, error: () => undefined },
    });
    expect(summary.exports).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(file)).toBe(false);
    expect((await status(office, job.id)).statusCode).toBe(404);
  }, 300_000);
});
