import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../src/db/backup/backup';
import { backupTables } from '../../src/db/backup/backup-tables';
import { BackupFileError, rowsOf } from '../../src/db/backup/backup-format';
import { restoreBackup } from '../../src/db/backup/restore';
import type { Database, DatabaseHandle } from '../../src/db/database';
import { migrateDatabase, openDatabase } from '../../src/db/open-database';
import {
  appendAudit,
  SYSTEM_AUDIT_CONTEXT,
  verifyAuditChain,
} from '../../src/db/repositories/audit.repository';
import { adminUnitSuccessions, apiTokens, sessions } from '../../src/db/schema';
import { buildAccount, buildJurisdictions, buildUnit } from '../helpers/factories';
import { createTestDatabase } from '../helpers/test-database';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every table as PostgreSQL prints its rows (UTC), sorted: equal dumps mean equal databases. */
async function dump(db: Database): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    const result: Record<string, string[]> = {};
    for (const table of backupTables()) {
      const rows = rowsOf<{ line: string }>(
        await tx.execute(sql`select row_to_json(t)::text as "line" from ${table.identifier} t`),
      );
      result[table.qualifiedName] = rows.map((row) => row.line).sort();
    }
    return result;
  });
}

/** Units with a history (self-references, successions), accounts, grants, sessions, tokens, audit. */
async function fillWithData(db: Database): Promise<void> {
  const units = await buildJurisdictions(db);
  const oldCommune = await buildUnit(db, {
    level: 'commune',
    parent: units.provinceA,
    validFrom: '2008-08-01',
    validTo: '2025-06-30',
  });
  await db
    .insert(adminUnitSuccessions)
    .values({ predecessorId: oldCommune.id, successorId: units.communeX.id, effectiveDate: '2025-07-01' });
  const officer = await buildAccount(db, {
    unit: units.communeX,
    grants: [{ role: 'commune_officer', unit: units.communeX }],
  });
  await buildAccount(db, {
    unit: units.provinceA,
    grants: [{ role: 'admin', unit: units.provinceA }],
    status: 'disabled',
  });
  await db.insert(sessions).values({
    id: 'a'.repeat(64),
    accountId: officer.id,
    csrfToken: 'csrf',
    expiresAt: new Date('2030-01-02T03:04:05.678Z'),
    userAgent: 'Trình duyệt "thử"\nline 2',
  });
  await db.insert(apiTokens).values({
    accountId: officer.id,
    name: 'máy quét',
    tokenHash: 'h1',
    prefix: 'ocop_ab',
    scopes: ['units.read', 'a "quoted", comma', 'Hoà'],
  });
  const entries = [
    {
      action: 'account.created',
      entityType: 'account',
      entityId: officer.id,
      after: { username: officer.username, grants: [{ role: 'commune_officer' }] },
    },
    {
      action: 'unit.renamed',
      entityType: 'admin_unit',
      entityId: units.communeY.id,
      before: { name: 'Xã Yên Thuỷ' },
      after: { name: 'Xã Yên Thủy', big: 9007199254740991, ratio: 0.1, none: null },
    },
    {
      action: 'note',
      entityType: 'misc',
      entityId: 'x',
      after: { text: 'dòng 1\ndòng 2 \\ "trích" 😀', list: [1, [2, [3]], { deep: true }] },
    },
  ];
  for (const [index, entry] of entries.entries()) {
    await db.transaction((tx) =>
      appendAudit(tx, SYSTEM_AUDIT_CONTEXT, entry, new Date(Date.UTC(2026, 0, 1 + index, 8, 30, 15, 123))),
    );
  }
}

describe('ocop backup / ocop restore', () => {
  let source: DatabaseHandle;
  let other: DatabaseHandle;
  let workDir: string;
  let firstBackup: string;
  let sourceDump: Record<string, string[]>;

  beforeAll(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-backup-test-'));
    // The source is PostgreSQL when TEST_DATABASE_URL is set; the other side is always PGlite,
    // so CI checks both directions between the two drivers.
    source = await createTestDatabase();
    other = await openDatabase({});
    await migrateDatabase(other);
    await fillWithData(source.db);
    sourceDump = await dump(source.db);
    firstBackup = path.join(workDir, 'first.ocop-backup.gz');
  });

  afterAll(async () => {
    await source?.close();
    await other?.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('backs up every table of the schema', async () => {
    const summary = await createBackup({
      db: source.db,
      file: firstBackup,
      source: source.kind,
      now: new Date(),
      pageSize: 2,
    });
    expect(summary.tables.map((table) => table.name)).toEqual(
      expect.arrayContaining([
        'admin_units',
        'accounts',
        'role_grants',
        'sessions',
        'api_tokens',
        'audit_log',
        'admin_unit_successions',
      ]),
    );
    expect(summary.tables.find((table) => table.name === 'admin_units')?.rows).toBe(7);
    expect(summary.tables.find((table) => table.name === 'audit_log')?.rows).toBe(3);
    // Referenced tables come first, so the file restores in its own order.
    const names = summary.tables.map((table) => table.name);
    expect(names.indexOf('admin_units')).toBeLessThan(names.indexOf('accounts'));
    expect(names.indexOf('accounts')).toBeLessThan(names.indexOf('role_grants'));
    await expect(
      createBackup({ db: source.db, file: firstBackup, source: source.kind, now: new Date() }),
    ).rejects.toThrow(BackupFileError);
  });

  it(`restores into the other driver with identical rows and an intact audit chain (${process.env.TEST_DATABASE_URL ? 'PostgreSQL → PGlite' : 'PGlite → PGlite'})`, async () => {
    const summary = await restoreBackup({ db: other.db, file: firstBackup });
    expect(summary.rows).toBe(Object.values(sourceDump).reduce((sum, rows) => sum + rows.length, 0));
    expect(await dump(other.db)).toEqual(sourceDump);
    expect(await verifyAuditChain(other.db)).toEqual({ rowsChecked: 3, breaks: [] });
  });

  it('refuses to overwrite a database that holds data unless asked to', async () => {
    await expect(restoreBackup({ db: other.db, file: firstBackup })).rejects.toThrow(/--force/);
  });

  it('restores back over existing data in one go, and sequences and the chain carry on', async () => {
    const back = path.join(workDir, 'back.ocop-backup.gz');
    await createBackup({ db: other.db, file: back, source: other.kind, now: new Date() });
    await source.db.transaction((tx) =>
      appendAudit(
        tx,
        SYSTEM_AUDIT_CONTEXT,
        { action: 'later', entityType: 'misc', entityId: 'y' },
        new Date(),
      ),
    );
    await restoreBackup({ db: source.db, file: back, replaceExisting: true });
    expect(await dump(source.db)).toEqual(sourceDump);
    await source.db.transaction((tx) =>
      appendAudit(
        tx,
        SYSTEM_AUDIT_CONTEXT,
        { action: 'after-restore', entityType: 'misc', entityId: 'z' },
        new Date(),
      ),
    );
    expect(await verifyAuditChain(source.db)).toEqual({ rowsChecked: 4, breaks: [] });
  });

  it('refuses a file from a newer migration and leaves the database untouched', async () => {
    const lines = zlib.gunzipSync(fs.readFileSync(firstBackup)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]!) as { migration: { tag: string; when: number } };
    header.migration = { tag: '9999_from_the_future', when: header.migration.when + 10 ** 12 };
    const newer = path.join(workDir, 'newer.ocop-backup.gz');
    fs.writeFileSync(newer, zlib.gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
    const before = await dump(other.db);
    await expect(restoreBackup({ db: other.db, file: newer, replaceExisting: true })).rejects.toThrow(
      /9999_from_the_future/,
    );
    expect(await dump(other.db)).toEqual(before);
  });

  it('restores a backup of an older version that still holds the dropped `holidays` table, and says it was skipped', async () => {
    const lines = zlib.gunzipSync(fs.readFileSync(firstBackup)).toString('utf8').split('\n');
    const endIndex = lines.findIndex((line) => line.startsWith('{"$type":"end"'));
    const end = JSON.parse(lines[endIndex]!) as { $type: 'end'; tables: number; rows: number };
    const header = JSON.parse(lines[0]!) as { tables: string[] };
    const holidaysSection = [
      JSON.stringify({ $type: 'table', name: 'holidays', columns: ['date', 'name_vi'] }),
      JSON.stringify({ date: '2025-01-01', name_vi: 'Tết Dương lịch' }),
      JSON.stringify({ date: '2025-09-02', name_vi: 'Quốc khánh' }),
      JSON.stringify({ $type: 'table-end', name: 'holidays', rows: 2 }),
    ];
    const older = path.join(workDir, 'older.ocop-backup.gz');
    fs.writeFileSync(
      older,
      zlib.gzipSync(
        [
          JSON.stringify({ ...header, tables: [...header.tables, 'holidays'] }),
          ...lines.slice(1, endIndex),
          ...holidaysSection,
          JSON.stringify({ ...end, tables: end.tables + 1, rows: end.rows + 2 }),
          ...lines.slice(endIndex + 1),
        ].join('\n'),
      ),
    );
    const summary = await restoreBackup({ db: other.db, file: older, replaceExisting: true });
    expect(summary.skippedTables).toEqual([
      { name: 'holidays', rows: 2, droppedIn: '0006_drop_unused_holidays' },
    ]);
    expect(summary.tables.map((table) => table.name)).not.toContain('holidays');
    expect(summary.rows).toBe(end.rows);
    expect(await dump(other.db)).toEqual(sourceDump);

    const wrongCount = path.join(workDir, 'older-wrong.ocop-backup.gz');
    const damaged = fs.readFileSync(older);
    fs.writeFileSync(
      wrongCount,
      zlib.gzipSync(
        zlib
          .gunzipSync(damaged)
          .toString('utf8')
          .replace('"name":"holidays","rows":2', '"name":"holidays","rows":3'),
      ),
    );
    await expect(restoreBackup({ db: other.db, file: wrongCount, replaceExisting: true })).rejects.toThrow(
      /holidays/,
    );
  });

  it('rolls back everything when the file is cut short', async () => {
    const lines = zlib.gunzipSync(fs.readFileSync(firstBackup)).toString('utf8').split('\n');
    const cut = path.join(workDir, 'cut.ocop-backup.gz');
    fs.writeFileSync(cut, zlib.gzipSync(lines.slice(0, Math.floor(lines.length * 0.7)).join('\n')));
    const before = await dump(other.db);
    await expect(restoreBackup({ db: other.db, file: cut, replaceExisting: true })).rejects.toThrow(
      /truncated|cắt cụt/,
    );
    expect(await dump(other.db)).toEqual(before);
  });

  it(
    'works from the command line: restore into a new data directory, then `ocop audit verify` passes',
    { timeout: 240_000 },
    async () => {
      const dataDir = path.join(workDir, 'data');
      const { DATABASE_URL: _ignored, ...inherited } = process.env;
      const env = { ...inherited, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
      const restored = await run(process.execPath, ['bin/ocop.js', 'restore', firstBackup], {
        cwd: ROOT,
        env,
      });
      expect(restored.stdout).toMatch(/restored: \d+ rows/);
      const verified = await run(process.execPath, ['bin/ocop.js', 'audit', 'verify', '--json'], {
        cwd: ROOT,
        env,
      });
      expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, rowsChecked: 3 });
      const refused = await run(process.execPath, ['bin/ocop.js', 'backup', firstBackup], {
        cwd: ROOT,
        env,
      }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('already exists');
    },
  );
});
