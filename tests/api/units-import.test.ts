import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { toCount, type DatabaseHandle } from '../../src/db/database';
import { findUnitsByIds, listUnitsOfLevels } from '../../src/db/repositories/admin-units.repository';
import { SYSTEM_AUDIT_CONTEXT, verifyAuditChain } from '../../src/db/repositories/audit.repository';
import { ensureBuiltInUnits } from '../../src/db/seed/built-in-units';
import { DomainError } from '../../src/domain/errors';
import { getUnitStats } from '../../src/server/modules/units/get-unit-stats';
import { importUnits } from '../../src/server/modules/units/import-units';
import { linkSuccessions } from '../../src/server/modules/units/link-successions';
import { createTestDatabase } from '../helpers/test-database';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/units');
const now = new Date('2026-11-01T08:00:00Z');
const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

async function importFixture(name: string, validFrom: string, validTo?: string) {
  return importUnits({
    db: database.db,
    text: fixture(name),
    fileName: name,
    validFrom,
    validTo,
    now,
    audit: SYSTEM_AUDIT_CONTEXT,
  });
}

async function link(name = 'merge-2025-07-01-old-to-new.json') {
  return linkSuccessions({
    db: database.db,
    text: fixture(name),
    fileName: name,
    effectiveDate: '2025-07-01',
    now,
    audit: SYSTEM_AUDIT_CONTEXT,
  });
}

/** Every row of the unit tables and the audit log, to prove a refused file changed nothing. */
async function rowsOf(query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  return ((await database.db.execute(query)) as { rows: Record<string, unknown>[] }).rows;
}

async function snapshot(): Promise<string> {
  const count = async (table: string) =>
    toCount((await rowsOf(sql.raw(`select count(*) as n from ${table}`)))[0]?.n);
  const units = await rowsOf(sql`select id, name, valid_to, details_as_of from admin_units order by id`);
  return JSON.stringify([
    await count('admin_units'),
    await count('admin_unit_successions'),
    await count('audit_log'),
    units,
  ]);
}

async function expectImportInvalid(run: () => Promise<unknown>, field: string): Promise<void> {
  const before = await snapshot();
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('IMPORT_INVALID');
  expect((error as DomainError).details?.map((d) => d.field)).toContain(field);
  expect(await snapshot()).toBe(before);
}

describe('importing administrative units', () => {
  it('imports the pre-reform three-tier list as history', async () => {
    const result = await importFixture('units-2025-03-01-three-tier.json', '2025-03-01', '2025-06-30');
    expect(result).toMatchObject({
      format: 'three-tier',
      unitsInFile: { province: 3, district: 5, commune: 5 },
      created: 13,
      updated: 0,
      closed: 0,
    });
  });

  it('imports the two-tier list of 2025 next to it, reusing the built-in units', async () => {
    await ensureBuiltInUnits(database.db, now);
    const result = await importFixture('units-2025-07-01-two-tier.json', '2025-07-01');
    // Hà Nội, Tuyên Quang and Ba Đình, Hoàn Kiếm are built in: matched by (code, valid_from).
    expect(result).toMatchObject({ format: 'two-tier', created: 4, updated: 0, unchanged: 4 });
  });

  it('links successions from the mapping, resolving a wrong code by name and skipping unknown old communes', async () => {
    const result = await link();
    expect(result.created).toBe(11);
    expect(result.resolvedByName.map((n) => n.place)).toEqual(['data[1].level3s[0].splits[0].new_id']);
    expect(result.skipped.map((n) => n.place)).toEqual(['data[2].level3s[1].level3_id']);
    const stats = await getUnitStats({ db: database.db, today: '2026-01-01' });
    expect(stats).toEqual({
      current: { nation: 1, province: 34, commune: 14 },
      historical: { province: 3, district: 5, commune: 5 },
      successions: 11,
      historicalCommunesWithoutSuccessor: 0,
    });
  });

  it('changes nothing when everything is imported again', async () => {
    const before = await snapshot();
    expect(await importFixture('units-2025-03-01-three-tier.json', '2025-03-01', '2025-06-30')).toMatchObject(
      { created: 0, updated: 0, closed: 0 },
    );
    expect(await importFixture('units-2025-07-01-two-tier.json', '2025-07-01')).toMatchObject({
      created: 0,
      updated: 0,
      closed: 0,
    });
    expect(await link()).toMatchObject({ created: 0, unchanged: 11 });
    expect(await snapshot()).toBe(before);
  });

  it('treats the 2026 release (tone marks moved, a kind changed) as the same units', async () => {
    const before = await listUnitsOfLevels(database.db, ['province', 'commune']);
    const result = await importFixture('units-2026-04-30-two-tier.json', '2026-04-30');
    expect(result).toMatchObject({ created: 0, closed: 0, updated: 2 });
    const after = await listUnitsOfLevels(database.db, ['province', 'commune']);
    expect(after.map((u) => u.id).sort()).toEqual(before.map((u) => u.id).sort());
    const yenHoa = after.find((u) => u.code === '02300')!;
    expect(yenHoa).toMatchObject({
      name: 'Yên Hoà',
      fullName: 'Phường Yên Hoà',
      kind: 'Phường',
      validFrom: '2025-07-01',
      detailsAsOf: '2026-04-30',
    });
    expect(after.find((u) => u.code === '01' && u.validTo === null)).toMatchObject({ nameEn: 'Hanoi' });
    // Re-importing either release afterwards changes nothing: the newer spelling stays.
    expect(await importFixture('units-2026-04-30-two-tier.json', '2026-04-30')).toMatchObject({
      created: 0,
      updated: 0,
    });
    expect(await importFixture('units-2025-07-01-two-tier.json', '2025-07-01')).toMatchObject({
      created: 0,
      updated: 0,
    });
    expect((await findUnitsByIds(database.db, [yenHoa.id]))[0]?.name).toBe('Yên Hoà');
  });

  it('writes one summary audit row per import that changed something, and the chain holds', async () => {
    const rows = await rowsOf(
      sql`select action, count(*) as n from audit_log where action like 'units.%' group by action order by action`,
    );
    expect(rows.map((r) => [r.action, toCount(r.n)])).toEqual([
      ['units.import', 3],
      ['units.link_successions', 1],
    ]);
    expect((await verifyAuditChain(database.db)).breaks).toEqual([]);
  });

  it('refuses a commune whose parent code is unknown, changing nothing', async () => {
    await expectImportInvalid(
      () => importFixture('bad-unknown-parent-2025-07-01.json', '2025-07-01'),
      '[0].Wards[1].ProvinceCode',
    );
  });

  it('refuses malformed JSON and a wrong shape, changing nothing', async () => {
    await expectImportInvalid(
      () =>
        importUnits({
          db: database.db,
          text: '[{"Code":"01",',
          fileName: 'x.json',
          validFrom: '2025-07-01',
          now,
          audit: SYSTEM_AUDIT_CONTEXT,
        }),
      '(file)',
    );
    const wrong = JSON.parse(fixture('units-2025-07-01-two-tier.json')) as { Wards: { Name: unknown }[] }[];
    wrong[1]!.Wards[2]!.Name = '';
    await expectImportInvalid(
      () =>
        importUnits({
          db: database.db,
          text: JSON.stringify(wrong),
          fileName: 'x.json',
          validFrom: '2025-07-01',
          now,
          audit: SYSTEM_AUDIT_CONTEXT,
        }),
      '[1].Wards[2].Name',
    );
  });

  it('refuses a mapping pointing to a unit that does not exist, changing nothing', async () => {
    await expectImportInvalid(
      () => link('bad-mapping-unknown-target.json'),
      'data[0].level3s[2].splits[1].new_id',
    );
  });

  it('refuses a release dated so that it would overlap units already in force later', async () => {
    await expectImportInvalid(
      () => importFixture('units-2025-07-01-two-tier.json', '2025-06-01'),
      '[0].Wards[0].Code',
    );
  });
});
