/**
 * The background job queue (pg-boss on the product's database): daily jobs caught up at start-up
 * and recorded, tasks retried with back-off then dead-lettered, several processes sharing the work,
 * outgoing mail delivered with retries, and the operators' overview.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database';
import { jobRuns, mailOutbox } from '../../src/db/schema';
import { testConfig, type AppConfig } from '../../src/server/config';
import { defineDailyJob, defineTask } from '../../src/server/jobs/job-definition';
import { createJobQueue, type JobQueue } from '../../src/server/jobs/job-queue';
import { mailerOf } from '../../src/server/mail/mailer';
import { startFakeSmtp, type FakeSmtpServer } from '../helpers/fake-smtp';
import { buildJurisdictions } from '../helpers/factories';
import { createTestDatabase } from '../helpers/test-database';
import { createTestApp, signInAs, type TestApp } from '../helpers/test-app';

const silent = { info: () => undefined, error: () => undefined };
const fast = { pollingSeconds: 0.5, taskRetryDelaySeconds: 1 };

describe('the job queue', () => {
  let handle: DatabaseHandle;
  const queues: JobQueue[] = [];
  const dailyRuns: string[] = [];
  const taskRuns: string[] = [];
  let flakyAttempts = 0;
  const daily = defineDailyJob({
    name: 'test-daily',
    hour: 0,
    descriptionVi: 'Thử hằng ngày',
    descriptionEn: 'Daily test',
    run: async ({ asOf }) => {
      dailyRuns.push(asOf);
      return { done: 1 };
    },
  });
  const task = (name: string, run: (data: { n: number }) => Promise<void>, retryLimit = 3) =>
    defineTask<{ n: number }>({
      name,
      descriptionVi: name,
      descriptionEn: name,
      retryLimit,
      retryDelaySeconds: 1,
      retryDelayMaxSeconds: 2,
      expireInSeconds: 60,
      run: async ({ data }) => run(data),
    });
  const definitions = [
    daily,
    task('test-shared', async ({ n }) => void taskRuns.push(`shared-${n}`)),
    task('test-flaky', async () => {
      flakyAttempts += 1;
      if (flakyAttempts < 3) throw new Error(`refused ${flakyAttempts}`);
    }),
    task('test-broken', async () => Promise.reject(new Error('always broken')), 1),
  ];
  const startQueue = async () => {
    const queue = createJobQueue({
      deps: { database: handle, config: testConfig(), clock: () => new Date('2026-06-01T03:00:00Z') },
      definitions,
      log: silent,
      settings: fast,
    });
    queues.push(queue);
    await queue.start();
    return queue;
  };

  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    for (const queue of queues) await queue.stop();
    await handle.close();
  });

  it('a daily job missed while no process ran is caught up once at start-up, and the run is recorded', async () => {
    const first = await startQueue();
    await expect.poll(() => dailyRuns, { timeout: 20_000 }).toEqual(['2026-06-01']);
    await expect
      .poll(
        async () => (await handle.db.select().from(jobRuns).where(eq(jobRuns.name, 'test-daily')))[0]?.status,
      )
      .toBe('completed');
    const [run] = await handle.db.select().from(jobRuns).where(eq(jobRuns.name, 'test-daily'));
    expect(run).toMatchObject({ asOf: '2026-06-01', trigger: 'startup', summary: { done: 1 } });
    await expect
      .poll(async () => (await first.overview()).jobs.find((j) => j.name === 'test-daily')?.lastRun?.status)
      .toBe('completed');
    // A second process starting the same day finds the day done.
    await startQueue();
    expect(dailyRuns).toEqual(['2026-06-01']);
  }, 60_000);

  it('two processes share queued tasks: each runs exactly once', async () => {
    const [a, b] = queues;
    for (let n = 1; n <= 6; n += 1) await (n % 2 ? a! : b!).enqueue('test-shared', { n });
    await expect.poll(() => taskRuns.length, { timeout: 20_000 }).toBe(6);
    expect([...taskRuns].sort()).toEqual([
      'shared-1',
      'shared-2',
      'shared-3',
      'shared-4',
      'shared-5',
      'shared-6',
    ]);
  }, 60_000);

  it('a failing task is retried with back-off until it succeeds; one that always fails lands in the dead-letter list', async () => {
    const queue = queues[0]!;
    await queue.enqueue('test-flaky', { n: 1 });
    await queue.enqueue('test-broken', { n: 2 });
    await expect.poll(() => flakyAttempts, { timeout: 30_000 }).toBe(3);
    await expect
      .poll(async () => (await queue.overview()).deadLetters.map((d) => d.sourceName), { timeout: 30_000 })
      .toEqual(['test-broken']);
    const overview = await queue.overview();
    expect(overview.deadLetters[0]!.data).toEqual({ n: 2 });
  }, 60_000);
});

describe('outgoing mail and the operators view', () => {
  let t: TestApp;
  let smtp: FakeSmtpServer;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    const config = {
      smtp: {
        host: '127.0.0.1',
        port: smtp.port,
        user: undefined,
        password: undefined,
        from: 'OCOP <a@b.vn>',
      },
      jobs: fast,
    } as Partial<AppConfig>;
    t = await createTestApp({ config });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('mail refused by the server is retried until it is delivered; the outbox says sent', async () => {
    smtp.refuseNext = 2;
    const result = await mailerOf(t.app.deps).sendMail({
      to: 'sx@example.vn',
      subject: 'Thử',
      text: 'Nội dung thư',
    });
    expect(result.status).toBe('queued');
    await expect
      .poll(
        async () =>
          (await t.db.select().from(mailOutbox).where(eq(mailOutbox.id, result.outboxId)))[0]?.status,
        {
          timeout: 30_000,
        },
      )
      .toBe('sent');
    expect(smtp.refuseNext).toBe(0);
    expect(smtp.messages.map((m) => m.to)).toEqual(['sx@example.vn']);
  }, 60_000);

  it('administrators see the jobs; other roles are refused', async () => {
    const units = await buildJurisdictions(t.db);
    const admin = await signInAs(t, 'admin', units.nation);
    const office = await signInAs(t, 'standing_office', units.provinceA);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/jobs', headers: admin.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ isRunning: boolean; jobs: { name: string; kind: string }[] }>();
    expect(body.isRunning).toBe(true);
    expect(body.jobs.map((j) => j.name)).toEqual(
      expect.arrayContaining(['mail-delivery', 'stamp-label-sheets']),
    );
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/jobs', headers: office.headers })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/jobs' })).statusCode).toBe(401);
  });
});

describe('runJobNow', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2027-01-29T02:00:00Z') });
  }, 180_000);
  afterAll(async () => t.close());

  it('administrators run a daily job as of a day; other roles are refused; an unknown job is 404', async () => {
    const units = await buildJurisdictions(t.db);
    const run = (who: { headers: Record<string, string> } | undefined, name: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/jobs/${name}/run`,
        headers: who?.headers ?? {},
        payload: { asOf: '2027-01-29' },
      });
    const admin = await signInAs(t, 'admin', units.nation);
    const ok = await run(admin, 'expiry-notices');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({
      name: 'expiry-notices',
      asOf: '2027-01-29',
      summary: { notices: 0, mails: 0 },
    });
    expect((await run(admin, 'mail-delivery')).statusCode).toBe(404);
    for (const [role, unit] of [
      ['standing_office', units.provinceA],
      ['leader', units.provinceA],
      ['producer', units.communeX],
    ] as const)
      expect((await run(await signInAs(t, role, unit), 'expiry-notices')).statusCode).toBe(403);
    expect((await run(undefined, 'expiry-notices')).statusCode).toBe(401);
  });
});
