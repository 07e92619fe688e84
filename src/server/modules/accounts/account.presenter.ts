import type { AccountOutput } from '../../../contracts/accounts.contracts';
import type { GrantView } from '../../../contracts/auth.contracts';
import type { AccountRow } from '../../../db/repositories/accounts.repository';
import type { GrantWithUnit } from '../../../db/repositories/grants.repository';
import type { Role } from '../../../domain/access/roles';

/** Shapes an account for the API: never the password hash. */
export function presentAccount(
  row: AccountRow,
  unitName: string,
  grants: readonly GrantWithUnit[],
): AccountOutput {
  return {
    id: row.id,
    username: row.username,
    email: row.email,
    displayName: row.displayName,
    unitId: row.unitId,
    unitName,
    status: row.status,
    locale: row.locale,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    grants: grants.map(presentGrant),
  };
}

/** A role grant with its unit's name and level, as accounts and `/auth/me` show it. */
export function presentGrant(grant: GrantWithUnit): GrantView {
  return {
    id: grant.id,
    role: grant.role as Role,
    unitId: grant.unitId,
    unitName: grant.unitName,
    unitLevel: grant.unitLevel,
    validFrom: grant.validFrom,
    validTo: grant.validTo,
  };
}

/** The audit snapshot of an account: what changed, never secrets. */
export function auditSnapshot(row: AccountRow): Record<string, unknown> {
  return {
    username: row.username,
    email: row.email,
    displayName: row.displayName,
    unitId: row.unitId,
    status: row.status,
    locale: row.locale,
    version: row.version,
  };
}
