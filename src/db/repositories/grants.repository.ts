import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../database';
import { adminUnits, roleGrants } from '../schema';

export type GrantRow = typeof roleGrants.$inferSelect;

/** What a new grant is stored with. */
export interface NewGrant {
  accountId: string;
  role: string;
  unitId: string;
  validFrom: string;
  validTo: string | null;
  createdAt: Date;
}

/** A grant with the name and level of its unit, for display. */
export interface GrantWithUnit {
  id: string;
  accountId: string;
  role: string;
  unitId: string;
  unitName: string;
  unitLevel: string;
  unitPath: string;
  validFrom: string;
  validTo: string | null;
}

/** The unrevoked grants of some accounts (past, present and future ones), oldest first. */
export async function listGrantsOfAccounts(
  db: Database,
  accountIds: readonly string[],
): Promise<GrantWithUnit[]> {
  if (accountIds.length === 0) return [];
  return db
    .select({
      id: roleGrants.id,
      accountId: roleGrants.accountId,
      role: roleGrants.role,
      unitId: roleGrants.unitId,
      unitName: adminUnits.fullName,
      unitLevel: adminUnits.level,
      unitPath: adminUnits.path,
      validFrom: roleGrants.validFrom,
      validTo: roleGrants.validTo,
    })
    .from(roleGrants)
    .innerJoin(adminUnits, eq(adminUnits.id, roleGrants.unitId))
    .where(and(inArray(roleGrants.accountId, [...accountIds]), isNull(roleGrants.revokedAt)))
    .orderBy(asc(roleGrants.createdAt));
}

export async function insertGrant(db: Database, values: NewGrant): Promise<GrantRow> {
  const [row] = await db.insert(roleGrants).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** An unrevoked grant of this account (past, present or future). */
export async function findUnrevokedGrantOfAccount(
  db: Database,
  grantId: string,
  accountId: string,
): Promise<GrantRow | undefined> {
  const [row] = await db
    .select()
    .from(roleGrants)
    .where(
      and(eq(roleGrants.id, grantId), eq(roleGrants.accountId, accountId), isNull(roleGrants.revokedAt)),
    );
  return row;
}

/** Revokes a grant unless it already is; undefined when it was (or does not exist). */
export async function revokeGrantIfUnrevoked(
  db: Database,
  grantId: string,
  now: Date,
): Promise<GrantRow | undefined> {
  const [row] = await db
    .update(roleGrants)
    .set({ revokedAt: now })
    .where(and(eq(roleGrants.id, grantId), isNull(roleGrants.revokedAt)))
    .returning();
  return row;
}
