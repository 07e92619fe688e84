import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database';
import { SYSTEM_AUDIT_CONTEXT } from '../../src/db/repositories/audit.repository';
import { ensureBuiltInUnits } from '../../src/db/seed/built-in-units';
import { DEMO_COMMUNES_2025, PROVINCES_2025 } from '../../src/domain/admin-units/built-in-units.facts';
import { parseUnitFile } from '../../src/domain/admin-units/unit-file-formats';
import { getUnitStats } from '../../src/server/modules/units/get-unit-stats';
import { importUnits } from '../../src/server/modules/units/import-units';
import { linkSuccessions } from '../../src/server/modules/units/link-successions';
import { createTestDatabase } from '../helpers/test-database';

/**
 * The real national lists (../shared/reference, when present): 63 → 34 provinces, 10,035 →
 * 3,321 communes, every old commune linked to a successor, and a second run changes nothing.
 */
const REFERENCE = path.resolve(import.meta.dirname, '../../../shared/reference/admin-units');
const hasReference = fs.existsSync(path.join(REFERENCE, 'units-2025-07-01-two-tier.json'));
const read = (name: string): string => fs.readFileSync(path.join(REFERENCE, name), 'utf8');
const now = new Date('2026-11-01T08:00:00Z');
const audit = SYSTEM_AUDIT_CONTEXT;

describe.skipIf(!hasReference)('importing the real reference lists', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());

  async function importAll() {
    const db = database.db;
    const history = await importUnits({
      db,
      text: read('units-2025-03-01-three-tier.json'),
      fileName: 'three',
      validFrom: '2025-03-01',
      validTo: '2025-06-30',
      now,
      audit,
    });
    const current = await importUnits({
      db,
      text: read('units-2025-07-01-two-tier.json'),
      fileName: 'two',
      validFrom: '2025-07-01',
      now,
      audit,
    });
    const links = await linkSuccessions({
      db,
      text: read('merge-2025-07-01-old-to-new.json'),
      fileName: 'merge',
      effectiveDate: '2025-07-01',
      now,
      audit,
    });
    return { history, current, links };
  }

  it('matches the built-in provinces and demo communes with the 2025 release', () => {
    const records = parseUnitFile(JSON.parse(read('units-2025-07-01-two-tier.json'))).records;
    const byCode = new Map(records.map((r) => [`${r.level}:${r.code}`, r]));
    for (const province of PROVINCES_2025) {
      expect(byCode.get(`province:${province.code}`)).toMatchObject({
        name: province.name,
        fullName: province.fullName,
        nameEn: province.nameEn,
        kind: province.kind,
      });
    }
    for (const commune of DEMO_COMMUNES_2025) {
      expect(byCode.get(`commune:${commune.code}`)).toMatchObject({
        name: commune.name,
        fullName: commune.fullName,
        kind: commune.kind,
        parent: { code: commune.provinceCode },
      });
    }
  });

  it('imports history, the 2025 list and the successions, in seconds', async () => {
    await ensureBuiltInUnits(database.db, now);
    const started = Date.now();
    const { history, current, links } = await importAll();
    const seconds = (Date.now() - started) / 1000;
    expect(history).toMatchObject({
      created: 10_794,
      unitsInFile: { province: 63, district: 696, commune: 10_035 },
    });
    expect(current).toMatchObject({ created: 3_355 - 44, unchanged: 44, updated: 0 });
    expect(links.created).toBe(links.links);
    expect(links.skipped).toHaveLength(12);
    expect(links.resolvedByName).toHaveLength(6);
    const stats = await getUnitStats({ db: database.db, today: '2026-01-01' });
    expect(stats).toEqual({
      current: { nation: 1, province: 34, commune: 3_321 },
      historical: { province: 63, district: 696, commune: 10_035 },
      successions: links.links,
      historicalCommunesWithoutSuccessor: 0,
    });
    expect(seconds).toBeLessThan(120);
  });

  it('changes nothing on a second run', async () => {
    const { history, current, links } = await importAll();
    expect([history.created, history.updated, current.created, current.updated, links.created]).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });

  it('takes the 2026 release (tone marks moved) without duplicating any unit', async () => {
    const result = await importUnits({
      db: database.db,
      text: read('units-2026-04-30-two-tier.json'),
      fileName: '2026',
      validFrom: '2026-04-30',
      now,
      audit,
    });
    expect(result).toMatchObject({ created: 0, closed: 0 });
    expect(result.updated).toBeGreaterThan(200);
    const stats = await getUnitStats({ db: database.db, today: '2026-11-01' });
    expect(stats.current).toEqual({ nation: 1, province: 34, commune: 3_321 });
  });
});
