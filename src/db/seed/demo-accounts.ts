import { eq, inArray } from 'drizzle-orm';
import type { Role } from '../../domain/access/roles';
import type { Database } from '../database';
import { accounts, adminUnits, roleGrants } from '../schema';

type UnitRow = typeof adminUnits.$inferSelect;
type AccountRow = typeof accounts.$inferSelect;

/** Units by id (any order). */
export async function listUnitsById(db: Database, ids: string[]): Promise<UnitRow[]> {
  return db.select().from(adminUnits).where(inArray(adminUnits.id, ids));
}

/** One unit by id. */
export async function findUnitById(db: Database, id: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(adminUnits).where(eq(adminUnits.id, id));
  return row;
}

/** Inserts a demo account with one grant per role at its home unit; returns the account. */
export async function insertDemoAccount(
  db: Database,
  account: { username: string; displayName: string; passwordHash: string; unitId: string },
  roles: readonly Role[],
  validFrom: string,
  now: Date,
): Promise<AccountRow> {
  const [row] = await db
    .insert(accounts)
    .values({ ...account, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  for (const role of roles) {
    await db
      .insert(roleGrants)
      .values({ accountId: row.id, role, unitId: account.unitId, validFrom, createdAt: now });
  }
  return row;
}
