import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/database';
import { accounts, adminUnits, roleGrants } from '../../src/db/schema';
import { childPath } from '../../src/domain/access/unit-path';
import type { Role } from '../../src/domain/access/roles';
import { foldVietnamese } from '../../src/domain/text/fold-vietnamese';
import { hashPassword } from '../../src/server/security/passwords';

export type UnitRow = typeof adminUnits.$inferSelect;

let sequence = 0;
/** Unique, reproducible suffixes for names in one test run. */
export function nextId(): number {
  sequence += 1;
  return sequence;
}

/** Persists an administrative unit under `parent` (or at the top). */
export async function buildUnit(
  db: Database,
  overrides: {
    level: UnitRow['level'];
    parent?: UnitRow | null;
    code?: string;
    name?: string;
    validFrom?: string;
    validTo?: string | null;
  },
): Promise<UnitRow> {
  const id = randomUUID();
  const name = overrides.name ?? `Đơn vị ${nextId()}`;
  const [row] = await db
    .insert(adminUnits)
    .values({
      id,
      code: overrides.code ?? `T${nextId()}`,
      name,
      fullName: name,
      level: overrides.level,
      parentId: overrides.parent?.id ?? null,
      path: childPath(overrides.parent?.path ?? null, id),
      validFrom: overrides.validFrom ?? '2025-07-01',
      validTo: overrides.validTo ?? null,
      detailsAsOf: overrides.validFrom ?? '2025-07-01',
      searchKey: foldVietnamese(name),
    })
    .returning();
  return row!;
}

/** nation → province A (communes X, Y) and province B (commune Z): the standard jurisdiction map. */
export async function buildJurisdictions(db: Database) {
  const nation = await buildUnit(db, { level: 'nation', code: `VN${nextId()}`, name: 'Việt Nam' });
  const provinceA = await buildUnit(db, { level: 'province', parent: nation, name: 'Tỉnh Hoà Bình Thử' });
  const provinceB = await buildUnit(db, { level: 'province', parent: nation, name: 'Tỉnh Đắk Thử' });
  const communeX = await buildUnit(db, { level: 'commune', parent: provinceA, name: 'Xã Thanh Hòa' });
  const communeY = await buildUnit(db, { level: 'commune', parent: provinceA, name: 'Xã Yên Thủy' });
  const communeZ = await buildUnit(db, { level: 'commune', parent: provinceB, name: 'Xã Đông Zê' });
  return { nation, provinceA, provinceB, communeX, communeY, communeZ };
}

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

/** Persists an account with the given grants (all valid from 2000-01-01). */
export async function buildAccount(
  db: Database,
  overrides: {
    unit: UnitRow;
    grants?: { role: Role; unit: UnitRow }[];
    username?: string;
    password?: string;
    status?: 'active' | 'disabled';
  },
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const username = overrides.username ?? `user${nextId()}`;
  const [row] = await db
    .insert(accounts)
    .values({
      username,
      displayName: `Người dùng ${username}`,
      passwordHash: overrides.password ? await hashPassword(overrides.password) : await passwordHash,
      unitId: overrides.unit.id,
      status: overrides.status ?? 'active',
    })
    .returning();
  for (const grant of overrides.grants ?? []) {
    await db
      .insert(roleGrants)
      .values({ accountId: row!.id, role: grant.role, unitId: grant.unit.id, validFrom: '2000-01-01' });
  }
  return row!;
}
