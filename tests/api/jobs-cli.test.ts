/**
 * `ocop jobs run <name> --as-of` as an operator types it: the expiry notice is sent once per
 * certificate due (a second run sends none), and the day after the end date the certificate and
 * product become expired. PGlite in a data directory, or a scratch PostgreSQL database with
 * TEST_DATABASE_URL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database';
import { migrateDatabase, openDatabase } from '../../src/db/open-database';
import { jobRuns, notifications, products } from '../../src/db/schema';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { ocopEnv, startOcop } from '../helpers/ocop-process';
import { createScratchPostgresDatabase, type ScratchDatabase } from '../helpers/scratch-postgres';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';

let dataDir: string;
let scratch: ScratchDatabase | undefined;
let producerAccountId: string;
let productId: string;

const open = async (): Promise<DatabaseHandle> =>
  scratch
    ? openDatabase({ databaseUrl: scratch.url, maxConnections: 2 })
    : openDatabase({ pgliteDirectory: dataDir });

async function ocop(...args: string[]) {
  const env = ocopEnv({
    DATA_DIR: dataDir,
    AUDIT_HMAC_KEY: 'cli-test-audit-key-0123456789abcdef0123',
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
  });
  const child = startOcop(args, env);
  const { code } = await child.exited;
  return { code, stdout: child.stdout(), stderr: child.stderr() };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-jobs-cli-'));
  if (process.env.TEST_DATABASE_URL)
    scratch = await createScratchPostgresDatabase(process.env.TEST_DATABASE_URL, 'ocop_cli');
  const handle = await open();
  try {
    await migrateDatabase(handle, scratch?.url);
    const units = await buildJurisdictions(handle.db);
    const account = await buildAccount(handle.db, {
      unit: units.communeX,
      grants: [{ role: 'producer', unit: units.communeX }],
    });
    producerAccountId = account.id;
    const { product } = await buildCertifiedProduct(
      handle.db,
      { province: units.provinceA, commune: units.communeX },
      { producerAccountId: account.id, signedOn: '2024-03-01' },
    );
    productId = product.id;
  } finally {
    await handle.close();
  }
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('ocop jobs run', () => {
  it('expiry-notices as of 30 days before the end date notifies once; run again, none', async () => {
    const first = await ocop('jobs', 'run', 'expiry-notices', '--as-of', '2027-01-29', '--json');
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      name: 'expiry-notices',
      asOf: '2027-01-29',
      summary: { notices: 1 },
    });
    const again = await ocop('jobs', 'run', 'expiry-notices', '--as-of', '2027-01-29');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('expiry-notices (2027-01-29): notices: 0');
  }, 120_000);

  it('certificate-expiry the day after the end date makes the certificate and product expired', async () => {
    const result = await ocop('jobs', 'run', 'certificate-expiry', '--as-of', '2027-03-01', '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ summary: { certificates: 1, products: 1 } });
    const handle = await open();
    try {
      const [product] = await handle.db.select().from(products).where(eq(products.id, productId));
      expect(product!.status).toBe('expired');
      const inbox = await handle.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.accountId, producerAccountId)));
      expect(inbox.map((n) => n.kind).sort()).toEqual(['certificate.expired', 'certificate.expiry-notice']);
      const runs = await handle.db.select().from(jobRuns);
      expect(runs.map((r) => [r.name, r.trigger, r.status])).toEqual(
        expect.arrayContaining([
          ['expiry-notices', 'command', 'completed'],
          ['certificate-expiry', 'command', 'completed'],
        ]),
      );
    } finally {
      await handle.close();
    }
  }, 120_000);

  it('refuses an unknown job or a malformed date with exit code 2', async () => {
    const unknown = await ocop('jobs', 'run', 'no-such-job');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('expiry-notices');
    const badDate = await ocop('jobs', 'run', 'expiry-notices', '--as-of', '2027-02-30');
    expect(badDate.code).toBe(2);
  }, 120_000);
});
