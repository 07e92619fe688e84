import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../database';
import { adminUnits, roleGrants } from '../schema';

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
