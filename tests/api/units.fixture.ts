import fs from 'node:fs';
import path from 'node:path';
import { and, eq, isNull, isNotNull } from 'drizzle-orm';
import { SYSTEM_AUDIT_CONTEXT } from '../../src/db/repositories/audit.repository';
import { adminUnits } from '../../src/db/schema';
import { ensureBuiltInUnits } from '../../src/db/seed/built-in-units';
import { importUnits } from '../../src/server/modules/units/import-units';
import { linkSuccessions } from '../../src/server/modules/units/link-successions';
import type { UnitRow } from '../helpers/factories';
import type { TestApp } from '../helpers/test-app';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/units');
const read = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/**
 * Built-in units plus the tiny fixtures: history (2025-03-01 → 06-30), the 2025 list, successions.
 * Returns the rows the unit tests talk about.
 */
export async function seedUnitHistory(t: TestApp) {
  const now = new Date('2026-11-01T08:00:00Z');
  const audit = SYSTEM_AUDIT_CONTEXT;
  await ensureBuiltInUnits(t.db, now);
  await importUnits({
    db: t.db,
    text: read('units-2025-03-01-three-tier.json'),
    fileName: 'three',
    validFrom: '2025-03-01',
    validTo: '2025-06-30',
    now,
    audit,
  });
  await importUnits({
    db: t.db,
    text: read('units-2025-07-01-two-tier.json'),
    fileName: 'two',
    validFrom: '2025-07-01',
    now,
    audit,
  });
  await linkSuccessions({
    db: t.db,
    text: read('merge-2025-07-01-old-to-new.json'),
    fileName: 'merge',
    effectiveDate: '2025-07-01',
    now,
    audit,
  });

  const unit = async (code: string, isCurrent: boolean): Promise<UnitRow> => {
    const [row] = await t.db
      .select()
      .from(adminUnits)
      .where(
        and(
          eq(adminUnits.code, code),
          isCurrent ? isNull(adminUnits.validTo) : isNotNull(adminUnits.validTo),
        ),
      );
    if (!row) throw new Error(`no unit ${code}`);
    return row;
  };
  return {
    nation: await unit('VN', true),
    haNoi: await unit('01', true),
    tuyenQuang: await unit('08', true),
    baDinh: await unit('00004', true),
    hoanKiem: await unit('00070', true),
    yenHoa: await unit('02300', true),
    oldHaNoi: await unit('01', false),
    oldHaGiang: await unit('02', false),
    oldTrucBach: await unit('00004', false),
    oldPhucTan: await unit('00037', false),
    oldBaDinhDistrict: await unit('001', false),
  };
}
