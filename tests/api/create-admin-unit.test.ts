import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database';
import { findAdministrableUnitByCode } from '../../src/db/repositories/accounts.repository';
import { buildUnit } from '../helpers/factories';
import { createTestDatabase } from '../helpers/test-database';

/** `ocop accounts create-admin --unit-code`: which unit a code names. */
describe('the unit of a new administrator, by code', () => {
  let handle: DatabaseHandle;
  const today = '2026-11-01';

  beforeAll(async () => {
    handle = await createTestDatabase();
    const nation = await buildUnit(handle.db, { level: 'nation', code: 'VN-T' });
    const province = await buildUnit(handle.db, { level: 'province', parent: nation, code: 'P-T' });
    await buildUnit(handle.db, { level: 'district', parent: province, code: 'D-T' });
    await buildUnit(handle.db, { level: 'commune', parent: province, code: 'C-T' });
    await buildUnit(handle.db, { level: 'commune', parent: province, code: 'C-OLD', validTo: '2026-10-31' });
    await buildUnit(handle.db, {
      level: 'commune',
      parent: province,
      code: 'C-NEW',
      validFrom: '2026-11-02',
    });
  });
  afterAll(() => handle.close());

  it.each([
    ['P-T', 'province'],
    ['C-T', 'commune'],
  ])('finds %s, a %s in force', async (code, level) => {
    const unit = await findAdministrableUnitByCode(handle.db, code, today);
    expect(unit?.level).toBe(level);
  });

  it.each(['VN-T', 'D-T', 'C-OLD', 'C-NEW', 'NONE'])(
    'finds nothing for %s (the nation, a district, not in force today, unknown)',
    async (code) => {
      expect(await findAdministrableUnitByCode(handle.db, code, today)).toBeUndefined();
    },
  );
});
