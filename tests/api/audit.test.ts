import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { createAuditKeyring, installAuditKeyring, type AuditKeyring } from '../../src/db/audit/audit-keyring';
import { queryCount, queryRows, type Database } from '../../src/db/database';
import { migrateDatabase, openDatabase } from '../../src/db/open-database';
import {
  appendAudit,
  auditRowHash,
  SYSTEM_AUDIT_CONTEXT,
  verifyAuditChain,
} from '../../src/db/repositories/audit.repository';
import { auditLog } from '../../src/db/schema';
import { startAuditCheckpoints, writeAuditCheckpoint } from '../../src/server/audit/audit-checkpoint-writer';
import { loadAuditKeyring } from '../../src/server/audit/audit-keys';
import { verifyAuditTrail } from '../../src/server/audit/verify-audit-trail';
import { loadConfig, testConfig, type AuditConfig } from '../../src/server/config';
import type { MailMessage, Mailer } from '../../src/server/mail/mailer';
import { buildJurisdictions } from '../helpers/factories';
import { freePort, ocopEnv, startOcop, waitForReady, type OcopProcess } from '../helpers/ocop-process';
import { createTestApp, signInAs, type TestApp } from '../helpers/test-app';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const KEY_1 = { id: 'k2026a', secret: 'first-audit-key-0123456789abcdef0123456789' };
const KEY_2 = { id: 'k2026b', secret: 'second-audit-key-0123456789abcdef012345678' };
/** Rows written before audit keys existed. */
const LEGACY_ROWS = 3;

let t: TestApp;
let workDir: string;
let testKeyring: AuditKeyring;
let audit: AuditConfig;
let mails: MailMessage[];

const fakeMailer: Mailer = {
  sendMail: (message) => {
    mails.push(message);
    return Promise.resolve({ outboxId: 'fake', status: 'not_sent' });
  },
};

async function appendRows(db: Database, count: number, action = 'test.row'): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    await db.transaction((tx) =>
      appendAudit(
        tx,
        SYSTEM_AUDIT_CONTEXT,
        { action, entityType: 'misc', entityId: `e${index}`, after: { index } },
        new Date(),
      ),
    );
  }
}

async function headSeq(db: Database): Promise<number> {
  const [row] = await queryRows<{ seq: unknown }>(db, sql`select max(seq) as seq from audit_log`);
  return Number(row?.seq ?? 0);
}

function checkpoint(db: Database, keyring = testKeyring, config = audit) {
  return writeAuditCheckpoint({
    db,
    audit: config,
    keyring,
    clock: () => new Date(),
    mailer: fakeMailer,
    log: { info: () => undefined, error: () => undefined },
  });
}

function verify(
  db: Database,
  keyring: AuditKeyring | undefined = testKeyring,
  checkpointFile = audit.checkpointFile,
) {
  return verifyAuditTrail({ db, keyring, checkpointFile });
}

/** What an attacker with database access but without the key can do: the project's own unkeyed function. */
async function rehashWithoutKey(
  db: Database,
  options: { fromSeq: number; dropKeyIds: boolean },
): Promise<void> {
  const rows = await db.select().from(auditLog).orderBy(asc(auditLog.seq));
  let prevHash = '0'.repeat(64);
  for (const row of rows) {
    if (row.seq >= options.fromSeq) {
      const { prevHash: _prev, hash: _hash, keyId, ...fields } = row;
      const hash = auditRowHash(prevHash, fields);
      await db
        .update(auditLog)
        .set({ prevHash, hash, keyId: options.dropKeyIds ? null : keyId })
        .where(eq(auditLog.seq, row.seq));
      prevHash = hash;
    } else {
      prevHash = row.hash;
    }
  }
}

beforeAll(async () => {
  t = await createTestApp();
  testKeyring = createAuditKeyring(testConfig().audit.keys ?? []);
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-audit-'));
  installAuditKeyring(undefined);
  await appendRows(t.db, LEGACY_ROWS, 'legacy.row');
  installAuditKeyring(testKeyring);
  const units = await buildJurisdictions(t.db);
  const admin = await signInAs(t, 'admin', units.provinceA);
  for (const name of ['a', 'b', 'c']) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: { ...admin.headers, 'x-request-id': `req-create-${name}-0001` },
      payload: {
        username: `audit.${name}`,
        displayName: name,
        password: 'mat-khau-manh-2026',
        unitId: units.communeX.id,
      },
    });
    expect(response.statusCode).toBe(201);
  }
  await appendRows(t.db, 60);
  await t.db.execute(sql`create table audit_pristine as select * from audit_log`);
});
afterAll(async () => {
  installAuditKeyring(testKeyring);
  await t.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

beforeEach(async () => {
  installAuditKeyring(testKeyring);
  await t.db.execute(sql`delete from audit_log`);
  await t.db.execute(sql`insert into audit_log select * from audit_pristine`);
  audit = { ...testConfig().audit, checkpointFile: path.join(workDir, `checkpoints-${Math.random()}.jsonl`) };
  mails = [];
});

describe('audit trail', () => {
  it('records who did what, where, under which request, with the state after', async () => {
    const rows = await queryRows(
      t.db,
      sql`select * from audit_log where action = 'account.created' order by seq`,
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      actor_role: 'admin',
      entity_type: 'account',
      request_id: 'req-create-a-0001',
      key_id: 'test',
    });
    expect(rows[0]?.after).toMatchObject({ username: 'audit.a' });
    expect(JSON.stringify(rows)).not.toContain('argon2');
  });

  it('verifies an untouched chain: legacy unkeyed rows first, then keyed rows, against a checkpoint', async () => {
    expect(await checkpoint(t.db)).toBe('written');
    const report = await verify(t.db);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.rowsByKey).toEqual([
      { keyId: null, rows: LEGACY_ROWS },
      { keyId: 'test', rows: report.rowsChecked - LEGACY_ROWS },
    ]);
    expect(report.checkpointsChecked).toBe(1);
    expect(report.latestCheckpoint?.seq).toBe(await headSeq(t.db));
  });

  it('names an edited row', async () => {
    const [target] = await queryRows<{ seq: number }>(
      t.db,
      sql`select seq from audit_log where action = 'account.created' order by seq limit 1`,
    );
    const seq = Number(target!.seq);
    await t.db.execute(sql`update audit_log set after = '{"username":"forged"}'::jsonb where seq = ${seq}`);
    const result = await verifyAuditChain(t.db);
    expect(result.breaks).toEqual([{ seq, reason: 'hash-mismatch' }]);
  });

  it('names a deleted middle row', async () => {
    const seq = (await headSeq(t.db)) - 10;
    await t.db.execute(sql`delete from audit_log where seq = ${seq}`);
    const report = await verify(t.db);
    expect(report.ok).toBe(false);
    expect(report.breaks).toContainEqual({ seq, reason: 'gap', lastSeq: seq });
    expect(report.breaks).toContainEqual({ seq: seq + 1, reason: 'link-mismatch' });
    expect(report.problems.join('\n')).toContain(`rows ${seq}: đã bị xóa / missing`);
  });

  it('names a deleted last row from the checkpoint', async () => {
    await checkpoint(t.db);
    const last = await headSeq(t.db);
    await t.db.execute(sql`delete from audit_log where seq = ${last}`);
    const report = await verify(t.db);
    expect(report.breaks).toEqual([]);
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(
      new RegExp(
        `recorded sequence ${last} with hash [0-9a-f]{64}; the database ends at sequence ${last - 1} < ${last}: row ${last} is missing`,
      ),
    );
  });

  it('names the last 50 rows deleted, even after new rows took their numbers back', async () => {
    await checkpoint(t.db);
    const last = await headSeq(t.db);
    await t.db.execute(sql`delete from audit_log where seq > ${last - 50}`);
    const truncated = await verify(t.db);
    expect(truncated.ok).toBe(false);
    expect(truncated.problems.join('\n')).toContain(
      `the database ends at sequence ${last - 50} < ${last}: rows ${last - 49}..${last} are missing`,
    );

    await appendRows(t.db, 50, 'after.truncation');
    const refilled = await verify(t.db);
    expect(refilled.breaks).toEqual([]);
    expect(refilled.ok).toBe(false);
    expect(refilled.problems.join('\n')).toMatch(
      new RegExp(`recorded hash [0-9a-f]{64} for row ${last}; the row now has [0-9a-f]{64}: re-hashed`),
    );
  });

  it('names an edited row when the whole chain was re-hashed without the key', async () => {
    await checkpoint(t.db);
    const [target] = await queryRows<{ seq: number }>(
      t.db,
      sql`select seq from audit_log where action = 'account.created' order by seq limit 1`,
    );
    const seq = Number(target!.seq);
    await t.db.execute(sql`update audit_log set after = '{"username":"forged"}'::jsonb where seq = ${seq}`);
    await rehashWithoutKey(t.db, { fromSeq: 1, dropKeyIds: false });
    const report = await verify(t.db);
    expect(report.ok).toBe(false);
    expect(report.breaks).toContainEqual({ seq, reason: 'rehashed-without-key' });
    expect(report.breaks.filter((item) => item.seq <= LEGACY_ROWS)).toEqual([]);
    expect(report.problems[0]).toContain(
      `rows ${LEGACY_ROWS + 1}..${await headSeq(t.db)}: bị tính lại mã băm không có khóa`,
    );
  });

  it('names the re-hashed rows when they were passed off as legacy rows after keyed ones', async () => {
    const seq = (await headSeq(t.db)) - 5;
    await t.db.execute(sql`update audit_log set after = '{"index":999}'::jsonb where seq = ${seq}`);
    await rehashWithoutKey(t.db, { fromSeq: seq, dropKeyIds: true });
    const report = await verify(t.db);
    expect(report.ok).toBe(false);
    expect(report.breaks[0]).toEqual({ seq, reason: 'unkeyed-after-keyed' });
  });

  it('names the row a checkpoint vouched for when the whole chain was rewritten as legacy', async () => {
    await checkpoint(t.db);
    const head = await headSeq(t.db);
    await t.db.execute(sql`update audit_log set after = '{"index":999}'::jsonb where seq = ${head - 1}`);
    await rehashWithoutKey(t.db, { fromSeq: 1, dropKeyIds: true });
    const report = await verify(t.db);
    expect(report.breaks).toEqual([]);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.stringContaining(`for row ${head}; the row now has`)]);
  });

  it('verifies rows chained under a first key and then a rotated second key', async () => {
    installAuditKeyring(createAuditKeyring([KEY_1]));
    await appendRows(t.db, 3, 'under.key1');
    await checkpoint(t.db, createAuditKeyring([KEY_1]));
    installAuditKeyring(createAuditKeyring([KEY_1, KEY_2]));
    await appendRows(t.db, 3, 'under.key2');
    await checkpoint(t.db, createAuditKeyring([KEY_1, KEY_2]));

    const rotated = createAuditKeyring([testKeyring.current, KEY_1, KEY_2]);
    const report = await verify(t.db, rotated);
    expect(report.problems).toEqual([]);
    expect(report.rowsByKey.slice(-2)).toEqual([
      { keyId: KEY_1.id, rows: 3 },
      { keyId: KEY_2.id, rows: 3 },
    ]);
    const lines = fs.readFileSync(audit.checkpointFile, 'utf8').trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { keyId: string }).keyId)).toEqual([KEY_1.id, KEY_2.id]);

    const withoutOldKey = await verify(t.db, createAuditKeyring([testKeyring.current, KEY_2]));
    expect(withoutOldKey.ok).toBe(false);
    const head = await headSeq(t.db);
    expect(withoutOldKey.problems).toEqual([
      `dòng / rows ${head - 5}..${head - 3}: được ký bằng khóa không có trong cấu hình / chained with an audit key that is not configured`,
      `${audit.checkpointFile} dòng / line 1: khóa không có trong cấu hình / unknown key`,
    ]);
  });

  it('refuses a checkpoint line altered without the key', async () => {
    await checkpoint(t.db);
    const line = JSON.parse(fs.readFileSync(audit.checkpointFile, 'utf8')) as { seq: number };
    fs.writeFileSync(audit.checkpointFile, `${JSON.stringify({ ...line, seq: line.seq - 5 })}\n`);
    const report = await verify(t.db);
    expect(report.problems).toEqual([
      `${audit.checkpointFile} dòng / line 1: chữ ký sai: bị sửa / bad signature: altered`,
    ]);
  });

  it('writes a checkpoint only when the head moved, one line from concurrent writers, and mails it when asked', async () => {
    const mailed = { ...audit, checkpointMailTo: 'luu-tru@example.vn' };
    const outcomes = await Promise.all([
      checkpoint(t.db, testKeyring, mailed),
      checkpoint(t.db, testKeyring, mailed),
      checkpoint(t.db, testKeyring, mailed),
    ]);
    expect(outcomes.filter((outcome) => outcome === 'written')).toHaveLength(1);
    expect(await checkpoint(t.db, testKeyring, mailed)).toBe('unchanged');
    await appendRows(t.db, 1);
    expect(await checkpoint(t.db, testKeyring, mailed)).toBe('written');

    const lines = fs.readFileSync(audit.checkpointFile, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(fs.statSync(audit.checkpointFile).mode & 0o777).toBe(0o600);
    expect(mails.map((mail) => mail.to)).toEqual(['luu-tru@example.vn', 'luu-tru@example.vn']);
    expect(mails[1]?.text).toContain(lines[1]);
    expect(mails[1]?.subject).toContain(`#${await headSeq(t.db)}`);
  });

  it('checkpoints on start, on each interval when the head moved, and on stop', async () => {
    const timer = startAuditCheckpoints({
      db: t.db,
      audit: { ...audit, checkpointIntervalMs: 50 },
      keyring: testKeyring,
      clock: () => new Date(),
      mailer: fakeMailer,
      log: { info: () => undefined, error: (message) => expect.fail(message) },
    });
    const lines = () =>
      fs.existsSync(audit.checkpointFile)
        ? fs.readFileSync(audit.checkpointFile, 'utf8').trim().split('\n')
        : [];
    try {
      await expect.poll(lines).toHaveLength(1);
      await appendRows(t.db, 1);
      await expect.poll(lines).toHaveLength(2);
    } finally {
      await appendRows(t.db, 1);
      await timer.stop();
    }
    expect(lines()).toHaveLength(3);
    expect((JSON.parse(lines()[2]!) as { seq: number }).seq).toBe(await headSeq(t.db));
  });

  it('writes a checkpoint for an empty trail only once it has rows', async () => {
    await t.db.execute(sql`delete from audit_log`);
    expect(await checkpoint(t.db)).toBe('empty');
    expect(fs.existsSync(audit.checkpointFile)).toBe(false);
    expect((await verify(t.db)).warnings[0]).toContain('no checkpoint file');
  });
});

describe('audit keys', () => {
  it('generates a random key once into the data directory, mode 0600, and says so', () => {
    const keyFile = path.join(workDir, 'generated', 'audit-keys');
    const config = { ...testConfig().audit, keys: undefined, keyFile, mayCreateKeyFile: true };
    const messages: string[] = [];
    const first = loadAuditKeyring(config, (message) => messages.push(message));
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(first.current.secret.length).toBeGreaterThanOrEqual(43);
    expect(messages).toEqual([expect.stringContaining(`generated a random audit key: ${keyFile}`)]);
    expect(loadAuditKeyring(config, (message) => messages.push(message))).toEqual(first);
    expect(messages).toHaveLength(1);
  });

  it('refuses a missing AUDIT_KEY_FILE instead of inventing a key', () => {
    const config = {
      ...testConfig().audit,
      keys: undefined,
      keyFile: path.join(workDir, 'absent'),
      mayCreateKeyFile: false,
    };
    expect(() => loadAuditKeyring(config, () => undefined)).toThrow(/AUDIT_KEY_FILE/);
    expect(fs.existsSync(config.keyFile)).toBe(false);
  });

  it('reads keys from the environment, the newest last, and refuses weak or conflicting ones', () => {
    const env = { AUDIT_HMAC_KEYS: `${KEY_1.id}:${KEY_1.secret}, ${KEY_2.id}:${KEY_2.secret}` };
    expect(loadConfig(env).audit.keys).toEqual([KEY_1, KEY_2]);
    expect(loadConfig({ AUDIT_HMAC_KEY: KEY_1.secret }).audit.keys).toEqual([
      { id: 'default', secret: KEY_1.secret },
    ]);
    expect(() => loadConfig({ AUDIT_HMAC_KEYS: 'k1:too-short' })).toThrow(/AUDIT_HMAC_KEYS.*at least 32/);
    expect(() => loadConfig({ ...env, AUDIT_KEY_FILE: '/etc/ocop/audit-keys' })).toThrow(
      /only one of AUDIT_HMAC_KEYS, AUDIT_KEY_FILE/,
    );
    expect(loadConfig({ DATA_DIR: '/srv/ocop' }).audit).toMatchObject({
      keys: undefined,
      keyFile: '/srv/ocop/audit-keys',
      mayCreateKeyFile: true,
      checkpointFile: '/srv/ocop/audit-checkpoints.jsonl',
      checkpointIntervalMs: 5 * 60_000,
    });
  });
});

describe('`ocop audit verify` from the command line', () => {
  const keys = `${KEY_1.id}:${KEY_1.secret}`;

  async function ocopAuditVerify(dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const env = { ...inherited, DATA_DIR: dataDir, LOG_LEVEL: 'silent', AUDIT_HMAC_KEYS: keys };
    return run(process.execPath, ['bin/ocop.js', 'audit', 'verify'], { cwd: ROOT, env }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
  }

  async function withDataDir(dataDir: string, work: (db: Database) => Promise<void>): Promise<void> {
    const handle = await openDatabase({ pgliteDirectory: dataDir });
    try {
      await migrateDatabase(handle);
      await work(handle.db);
    } finally {
      await handle.close();
    }
  }

  it(
    'exits 0 with a summary, then non-zero naming a deleted last row, then the last 50 and re-hashed rows',
    { timeout: 600_000 },
    async () => {
      const dataDir = path.join(workDir, 'cli');
      const keyring = createAuditKeyring([KEY_1]);
      const cliAudit = { ...audit, checkpointFile: path.join(dataDir, 'audit-checkpoints.jsonl') };
      await withDataDir(dataDir, async (db) => {
        installAuditKeyring(keyring);
        await appendRows(db, 60);
        expect(await checkpoint(db, keyring, cliAudit)).toBe('written');
      });

      const intact = await ocopAuditVerify(dataDir);
      expect(intact).toMatchObject({ code: 0, stderr: '' });
      expect(intact.stdout).toContain(
        `audit chain intact: 60 rows, head seq 60 [${KEY_1.id}: 60]; 1 checkpoints`,
      );

      await withDataDir(dataDir, (db) =>
        db.execute(sql`delete from audit_log where seq = 60`).then(() => undefined),
      );
      const lastRow = await ocopAuditVerify(dataDir);
      expect(lastRow.code).toBe(3);
      expect(lastRow.stderr).toContain('the database ends at sequence 59 < 60: row 60 is missing');

      // Each command start costs seconds: the last 50 go together with the re-hash below.
      await withDataDir(dataDir, async (db) => {
        await db.execute(sql`delete from audit_log where seq > 9`);
        await db.execute(sql`update audit_log set entity_id = 'forged' where seq = 4`);
        await rehashWithoutKey(db, { fromSeq: 1, dropKeyIds: false });
        expect(await queryCount(db, sql`select count(*) as n from audit_log`)).toBe(9);
      });
      const rehashed = await ocopAuditVerify(dataDir);
      expect(rehashed.code).toBe(3);
      expect(rehashed.stderr).toContain('the database ends at sequence 9 < 60: rows 10..60 are missing');
      expect(rehashed.stderr).toContain(
        'rows 1..9: bị tính lại mã băm không có khóa (HMAC không khớp) / re-hashed without the key',
      );
    },
  );

  it(
    '`ocop serve` with no key configured generates one, says so, and anchors the head at start and on shutdown',
    { timeout: 480_000 },
    async () => {
      const dataDir = path.join(workDir, 'serve');
      const checkpointFile = path.join(dataDir, 'audit-checkpoints.jsonl');
      const env = ocopEnv({ DATA_DIR: dataDir, HOST: '127.0.0.1' });
      const servers: OcopProcess[] = [];
      const serve = async (extra: Record<string, string>) => {
        const port = await freePort();
        const server = startOcop(['serve'], { ...env, ...extra, PORT: String(port) });
        servers.push(server);
        await waitForReady(`http://127.0.0.1:${port}/readyz`, server);
        return { server, port };
      };
      const stop = async (server: OcopProcess) => {
        server.child.kill('SIGTERM');
        expect((await server.exited).code).toBe(0);
      };
      const checkpointSeqs = () =>
        fs.existsSync(checkpointFile)
          ? fs
              .readFileSync(checkpointFile, 'utf8')
              .trim()
              .split('\n')
              .map((line) => (JSON.parse(line) as { seq: number }).seq)
          : [];
      try {
        const first = await serve({});
        expect(first.server.stderr()).toContain(
          `generated a random audit key: ${path.join(dataDir, 'audit-keys')}`,
        );
        expect(fs.statSync(path.join(dataDir, 'audit-keys')).mode & 0o777).toBe(0o600);
        expect(first.server.stdout()).toMatch(/audit key: local-[0-9a-f]{8} \(/);
        await stop(first.server);
        expect(checkpointSeqs()).toEqual([]);

        const admin = startOcop(['accounts', 'create-admin', 'quantri', '--display-name', 'Quản trị'], {
          ...env,
          OCOP_ADMIN_PASSWORD: 'Quantri@2026-moi',
        });
        expect((await admin.exited).code).toBe(0);
        expect(admin.stderr()).toBe('');

        const login = (port: number) =>
          fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username: 'quantri', password: 'Quantri@2026-moi' }),
          });
        const second = await serve({ AUDIT_CHECKPOINT_MINUTES: '5' });
        expect(second.server.stderr()).not.toContain('generated');
        await expect.poll(checkpointSeqs, { timeout: 30_000 }).toHaveLength(1);
        const atStart = checkpointSeqs()[0]!;
        expect((await login(second.port)).status).toBe(200);
        await stop(second.server);
        expect(checkpointSeqs()).toEqual([atStart, atStart + 1]);

        const verified = await run(process.execPath, ['bin/ocop.js', 'audit', 'verify'], { cwd: ROOT, env });
        expect(verified.stdout).toContain(`audit chain intact: ${atStart + 1} rows`);
        expect(verified.stdout).toContain('2 checkpoints');
      } finally {
        for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
      }
    },
  );
});
