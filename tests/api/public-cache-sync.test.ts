/**
 * Two app instances on one PostgreSQL database, each with its own public caches (as two processes
 * have): a revocation through one reads revoked on the other within 1 s — also after the other's
 * LISTEN connection was killed and had to reconnect. PostgreSQL only (PGlite is one process).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, type DatabaseHandle } from '../../src/db/database';
import { migrateDatabase, openDatabase } from '../../src/db/open-database';
import { buildApp } from '../../src/server/app';
import { testConfig } from '../../src/server/config';
import type { AppInstance } from '../../src/server/context';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { revokeThroughDecision } from '../helpers/revoke-through-decision';
import { createScratchPostgresDatabase, type ScratchDatabase } from '../helpers/scratch-postgres';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { login, type TestApp } from '../helpers/test-app';

const adminUrl = process.env.TEST_DATABASE_URL;
const SKIP_REASON = 'SKIPPED: needs PostgreSQL (TEST_DATABASE_URL) — PGlite serves one process';
if (!adminUrl) process.stderr.write(`public-cache-sync.test.ts ${SKIP_REASON}\n`);

let scratch: ScratchDatabase;
const handles: DatabaseHandle[] = [];
const apps: AppInstance[] = [];
let units: Awaited<ReturnType<typeof buildJurisdictions>>;

async function instance(): Promise<TestApp> {
  const database = await openDatabase({ databaseUrl: scratch.url, maxConnections: 3 });
  handles.push(database);
  const app = await buildApp({ database, config: testConfig() });
  apps.push(app);
  return { app, db: database.db, database, setNow: () => undefined, close: () => app.close() };
}

/** The backend ids of both instances' LISTEN connections on this database. */
async function listenerPids(t: TestApp): Promise<number[]> {
  const rows = await queryRows<{ pid: number }>(
    t.db,
    sql`select pid from pg_stat_activity
        where application_name = 'ocop-listener' and datname = current_database() order by pid`,
  );
  return rows.map((row) => row.pid);
}

describe.skipIf(!adminUrl)(`public caches of several processes${adminUrl ? '' : ` (${SKIP_REASON})`}`, () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    scratch = await createScratchPostgresDatabase(adminUrl!, 'ocop_cache_sync');
    const migrator = await openDatabase({ databaseUrl: scratch.url, maxConnections: 1 });
    await migrateDatabase(migrator, scratch.url);
    await migrator.close();
    a = await instance();
    b = await instance();
    units = await buildJurisdictions(a.db);
    // Both instances listen before the first revocation.
    await vi.waitFor(async () => expect(await listenerPids(a)).toHaveLength(2), { timeout: 10_000 });
  }, 180_000);

  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const handle of handles) await handle.close();
    await scratch?.drop();
  });

  async function revokeOnAAndReadOnB(decisionNumber: string): Promise<void> {
    const { certificate } = await buildCertifiedProduct(a.db, {
      province: units.provinceA,
      commune: units.communeX,
    });
    const page = async () =>
      (await b.app.inject({ method: 'GET', url: `/c/${encodeURIComponent(certificate.number)}` })).body;
    expect(await page()).toContain('status-valid');
    const office = await buildAccount(a.db, {
      unit: units.provinceA,
      grants: [{ role: 'standing_office', unit: units.provinceA }],
    });
    const leader = await buildAccount(a.db, {
      unit: units.provinceA,
      grants: [{ role: 'leader', unit: units.provinceA }],
    });
    await revokeThroughDecision(a, {
      certificateId: certificate.id,
      office: await login(a.app, office.username),
      leader: await login(a.app, leader.username),
      decisionNumber,
    });
    await expect.poll(page, { timeout: 1_000, interval: 50 }).toContain('status-revoked');
  }

  it('a revocation through one instance empties the cache of the other', async () => {
    await revokeOnAAndReadOnB('21/QĐ-UBND');
  });

  it('a listener whose connection is killed reconnects, and the next revocation still gets through', async () => {
    const before = await listenerPids(a);
    await a.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity
                           where application_name = 'ocop-listener' and datname = current_database()`);
    await expect
      .poll(
        async () => {
          const now = await listenerPids(a);
          return now.length === 2 && now.every((pid) => !before.includes(pid));
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await revokeOnAAndReadOnB('22/QĐ-UBND');
  });
});
