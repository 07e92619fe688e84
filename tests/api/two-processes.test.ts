/**
 * Two real `ocop serve` processes on one PostgreSQL database behind a round-robin proxy, as a
 * province runs them behind nginx: a revocation made through one shows on the other within 1 s,
 * the sign-in throttle counts the attempts both receive, and a label job whose process is killed
 * is finished by the other. PostgreSQL only: PGlite is one process by construction.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installAuditKeyring } from '../../src/db/audit/audit-keyring';
import { migrateDatabase, openDatabase } from '../../src/db/open-database';
import { loadAuditKeyring } from '../../src/server/audit/audit-keys';
import { testConfig } from '../../src/server/config';
import { buildAccount, buildJurisdictions, TEST_PASSWORD } from '../helpers/factories';
import { freePort, ocopEnv, startOcop, waitForReady, type OcopProcess } from '../helpers/ocop-process';
import { startRoundRobinProxy, type RoundRobinProxy } from '../helpers/round-robin-proxy';
import { createScratchPostgresDatabase, type ScratchDatabase } from '../helpers/scratch-postgres';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';

const adminUrl = process.env.TEST_DATABASE_URL;
const SKIP_REASON =
  'SKIPPED: needs PostgreSQL (TEST_DATABASE_URL) — PGlite serves one process by construction';
if (!adminUrl) process.stderr.write(`two-processes.test.ts ${SKIP_REASON}\n`);

interface Server {
  port: number;
  process: OcopProcess;
}

interface Session {
  headers: Record<string, string>;
}

let scratch: ScratchDatabase;
let dataDir: string;
let servers: Server[] = [];
let proxy: RoundRobinProxy;
let inspect: pg.Client;
let usernames: { producer: string; office: string; leader: string; guessed: string };
let certificate: { id: string; number: string };
let productId: string;

async function signIn(baseUrl: string, username: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('ocop_session='));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { headers: { cookie: cookie!, 'x-csrf-token': csrfToken } };
}

async function post<T>(baseUrl: string, who: Session, url: string, payload: object = {}): Promise<T> {
  const response = await fetch(`${baseUrl}${url}`, {
    method: 'POST',
    headers: { ...who.headers, 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const text = await response.text();
  expect(response.status, text).toBeLessThan(300);
  return JSON.parse(text) as T;
}

async function certificatePage(baseUrl: string): Promise<string> {
  return (await fetch(`${baseUrl}/c/${encodeURIComponent(certificate.number)}`)).text();
}

const urlOf = (server: Server) => `http://127.0.0.1:${server.port}`;

async function seed(url: string): Promise<void> {
  const handle = await openDatabase({ databaseUrl: url, maxConnections: 2 });
  try {
    await migrateDatabase(handle, url);
    installAuditKeyring(loadAuditKeyring(testConfig().audit, () => undefined));
    const db = handle.db;
    const units = await buildJurisdictions(db);
    const producer = await buildAccount(db, {
      unit: units.communeX,
      grants: [{ role: 'producer', unit: units.communeX }],
    });
    const office = await buildAccount(db, {
      unit: units.provinceA,
      grants: [{ role: 'standing_office', unit: units.provinceA }],
    });
    const leader = await buildAccount(db, {
      unit: units.provinceA,
      grants: [{ role: 'leader', unit: units.provinceA }],
    });
    const guessed = await buildAccount(db, { unit: units.provinceA });
    usernames = {
      producer: producer.username,
      office: office.username,
      leader: leader.username,
      guessed: guessed.username,
    };
    const certified = await buildCertifiedProduct(
      db,
      { province: units.provinceA, commune: units.communeX },
      { producerAccountId: producer.id, name: 'Chè Shan tuyết' },
    );
    certificate = { id: certified.certificate.id, number: certified.certificate.number };
    // Another product for the label sheets: the first one is revoked by the first test.
    const labelled = await buildCertifiedProduct(
      db,
      { province: units.provinceA, commune: units.communeX },
      { producerAccountId: producer.id, name: 'Mật ong bạc hà' },
    );
    productId = labelled.product.id;
  } finally {
    await handle.close();
  }
}

describe.skipIf(!adminUrl)(
  `two ocop processes on one PostgreSQL${adminUrl ? '' : ` (${SKIP_REASON})`}`,
  () => {
    beforeAll(async () => {
      scratch = await createScratchPostgresDatabase(adminUrl!, 'ocop_two');
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-two-processes-'));
      await seed(scratch.url);
      const audit = testConfig()
        .audit.keys!.map((key) => `${key.id}:${key.secret}`)
        .join(',');
      servers = await Promise.all(
        [0, 1].map(async () => {
          const port = await freePort();
          const env = ocopEnv({
            DATABASE_URL: scratch.url,
            DATA_DIR: dataDir,
            PORT: String(port),
            HOST: '127.0.0.1',
            AUDIT_HMAC_KEYS: audit,
          });
          return { port, process: startOcop(['serve'], env) };
        }),
      );
      await Promise.all(servers.map((server) => waitForReady(`${urlOf(server)}/readyz`, server.process)));
      proxy = await startRoundRobinProxy(servers.map((server) => server.port));
      inspect = new pg.Client({ connectionString: scratch.url });
      await inspect.connect();
    }, 300_000);

    afterAll(async () => {
      await inspect?.end();
      await proxy?.close();
      for (const server of servers)
        if (server.process.child.exitCode === null) server.process.child.kill('SIGKILL');
      await Promise.all(servers.map((server) => server.process.exited));
      await scratch?.drop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    }, 60_000);

    it('a certificate revoked through one process reads revoked on the other within 1 s', async () => {
      const [a, b] = servers as [Server, Server];
      // Process B has the certificate in its cache, valid.
      expect(await certificatePage(urlOf(b))).toContain('status-valid');
      expect(await certificatePage(urlOf(b))).toContain('status-valid');

      const office = await signIn(urlOf(a), usernames.office);
      const leader = await signIn(urlOf(a), usernames.leader);
      const proposal = await post<{ id: string }>(urlOf(a), office, '/api/v1/revocation-proposals', {
        certificateId: certificate.id,
        groundCode: 'food_safety_violation',
      });
      const draft = await post<{ id: string; version: number }>(
        urlOf(a),
        office,
        '/api/v1/revocation-decisions',
        {
          proposalIds: [proposal.id],
          number: '15/QĐ-UBND',
        },
      );
      await post(urlOf(a), leader, `/api/v1/revocation-decisions/${draft.id}/approve`, {
        version: draft.version,
      });
      const approvedAt = performance.now();
      await expect
        .poll(() => certificatePage(urlOf(b)), { timeout: 1_000, interval: 50 })
        .toContain('status-revoked');
      process.stdout.write(
        `revocation through A read on B after ${Math.round(performance.now() - approvedAt)} ms\n`,
      );
      expect(await certificatePage(proxy.url)).toContain('15/QĐ-UBND');
    });

    it('the sign-in throttle counts the wrong passwords sent to both processes together', async () => {
      const before = proxy.answeredBy.length;
      // Twelve guesses at once: each process alone would let five through (ten in all).
      const statuses = await Promise.all(
        Array.from({ length: 12 }, () =>
          fetch(`${proxy.url}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username: usernames.guessed, password: 'wrong-password' }),
          }).then((response) => response.status),
        ),
      );
      expect(new Set(proxy.answeredBy.slice(before))).toEqual(new Set(servers.map((server) => server.port)));
      expect(statuses.filter((status) => status === 401)).toHaveLength(5);
      expect(statuses.filter((status) => status === 429)).toHaveLength(7);
    });

    it(
      'a label job whose process is killed mid-way is finished by the other',
      { timeout: 300_000 },
      async () => {
        const producer = await signIn(proxy.url, usernames.producer);
        const batch = await post<{ id: string }>(proxy.url, producer, '/api/v1/stamp-batches', {
          productId,
          lot: 'K1',
          productionDate: '2026-11-01',
          expiryDate: '2027-11-01',
          quantity: 4_000,
        });
        const job = await post<{ id: string }>(
          proxy.url,
          producer,
          `/api/v1/stamp-batches/${batch.id}/label-jobs`,
        );
        const row = async () =>
          (
            await inspect.query<{
              status: string;
              claimed_by: string | null;
              attempts: number;
              processed: number;
            }>('select status, claimed_by, attempts, processed from stamp_label_jobs where id = $1', [job.id])
          ).rows[0]!;
        await expect
          .poll(async () => (await row()).status, { timeout: 60_000, interval: 50 })
          .toBe('running');
        const claimant = (await row()).claimed_by;
        const victim = servers.find((server) => String(server.process.child.pid) === claimant);
        const survivor = servers.find((server) => server !== victim)!;
        expect(victim, `claimed by ${claimant}`).toBeDefined();
        victim!.process.child.kill('SIGKILL');
        await victim!.process.exited;
        const killedAt = await row();
        expect(killedAt.status).toBe('running');

        await expect
          .poll(async () => (await row()).status, { timeout: 240_000, interval: 500 })
          .toBe('completed');
        const finished = await row();
        expect(finished.claimed_by).toBe(String(survivor.process.child.pid));
        expect(finished.attempts).toBeGreaterThanOrEqual(2);
        expect(finished.processed).toBe(4_000);

        const view = await fetch(`${proxy.url}/api/v1/stamp-label-jobs/${job.id}`, {
          headers: producer.headers,
        });
        const { downloadUrl } = (await view.json()) as { downloadUrl: string };
        const pdf = await fetch(`${proxy.url}${downloadUrl}`, { headers: producer.headers });
        expect(pdf.headers.get('content-type')).toBe('application/pdf');
        expect(
          Buffer.from(await pdf.arrayBuffer())
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
      },
    );
  },
);
