/**
 * DATABASE_REPLICA_URL: public pages and statistics read from the replica and fall back to the
 * primary while it is down; writes and the verification pages use the primary. To tell the two
 * apart, the "replica" here is a second database on the same server that holds no products.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database';
import { migrateDatabase, openDatabase } from '../../src/db/open-database';
import { buildApp } from '../../src/server/app';
import { testConfig } from '../../src/server/config';
import type { AppInstance } from '../../src/server/context';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { freePort } from '../helpers/ocop-process';
import { createScratchPostgresDatabase, type ScratchDatabase } from '../helpers/scratch-postgres';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { login } from '../helpers/test-app';

const adminUrl = process.env.TEST_DATABASE_URL;
const SKIP_REASON = 'SKIPPED: needs PostgreSQL (TEST_DATABASE_URL) — PGlite has no replicas';
if (!adminUrl) process.stderr.write(`read-replica.test.ts ${SKIP_REASON}\n`);

let primary: ScratchDatabase;
let replica: ScratchDatabase;
let handle: DatabaseHandle;
let certificateNumber: string;
const apps: AppInstance[] = [];

async function appReadingFrom(replicaUrl: string): Promise<AppInstance> {
  const app = await buildApp({ database: handle, config: testConfig({ databaseReplicaUrl: replicaUrl }) });
  apps.push(app);
  return app;
}

const PRODUCT_NAME = 'Nước mắm Cửa Hội';

describe.skipIf(!adminUrl)(`read replica${adminUrl ? '' : ` (${SKIP_REASON})`}`, () => {
  beforeAll(async () => {
    primary = await createScratchPostgresDatabase(adminUrl!, 'ocop_primary');
    replica = await createScratchPostgresDatabase(adminUrl!, 'ocop_replica');
    const replicaHandle = await openDatabase({ databaseUrl: replica.url, maxConnections: 1 });
    await migrateDatabase(replicaHandle, replica.url);
    await replicaHandle.close();
    handle = await openDatabase({ databaseUrl: primary.url, maxConnections: 5 });
    await migrateDatabase(handle, primary.url);
    const units = await buildJurisdictions(handle.db);
    const certified = await buildCertifiedProduct(
      handle.db,
      { province: units.provinceA, commune: units.communeX },
      { name: PRODUCT_NAME },
    );
    certificateNumber = certified.certificate.number;
    await buildAccount(handle.db, { unit: units.provinceA, username: 'replica-reader' });
  }, 180_000);

  afterAll(async () => {
    for (const app of apps) await app.close();
    await handle?.close();
    await primary?.drop();
    await replica?.drop();
  });

  it('public pages and statistics read from the replica; verification and sign-in use the primary', async () => {
    const app = await appReadingFrom(replica.url);
    const catalogue = await app.inject({ method: 'GET', url: '/' });
    expect(catalogue.statusCode).toBe(200);
    // The replica (an empty copy here) answered the catalogue…
    expect(catalogue.body).not.toContain(PRODUCT_NAME);
    const openData = await app.inject({ method: 'GET', url: '/open-data/statistics.json' });
    expect(openData.statusCode).toBe(200);
    // …the verification page read the primary…
    const page = await app.inject({ method: 'GET', url: `/c/${encodeURIComponent(certificateNumber)}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('status-valid');
    // …and a write (a sign-in opens a session) went to the primary.
    await login(app, 'replica-reader');
  });

  it('falls back to the primary while the replica is down', async () => {
    const deadPort = await freePort();
    const app = await appReadingFrom(`postgres://postgres@127.0.0.1:${deadPort}/nowhere`);
    const catalogue = await app.inject({ method: 'GET', url: '/' });
    expect(catalogue.statusCode).toBe(200);
    expect(catalogue.body).toContain(PRODUCT_NAME);
    const statistics = await app.inject({ method: 'GET', url: '/thong-ke' });
    expect(statistics.statusCode).toBe(200);
  });
});
