import { and, eq, gt, isNull, or, sql, lte } from 'drizzle-orm';
import type { Grant } from '../../domain/access/permissions';
import type { Role } from '../../domain/access/roles';
import type { Database } from '../database';
import { accounts, adminUnits, apiTokens, roleGrants, sessions } from '../schema';

export type AccountRow = typeof accounts.$inferSelect;

/** Finds an account by username or e-mail, ignoring case. */
export async function findAccountByLogin(db: Database, login: string): Promise<AccountRow | undefined> {
  const [row] = await db
    .select()
    .from(accounts)
    .where(or(sql`lower(${accounts.username}) = lower(${login})`, sql`lower(${accounts.email}) = lower(${login})`))
    .limit(1);
  return row;
}

export async function findAccountById(db: Database, id: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  return row;
}

/** The grants in force on `today` (YYYY-MM-DD), with the path of each grant's unit. */
export async function listActiveGrants(db: Database, accountId: string, today: string): Promise<Grant[]> {
  const rows = await db
    .select({ role: roleGrants.role, unitId: roleGrants.unitId, unitPath: adminUnits.path })
    .from(roleGrants)
    .innerJoin(adminUnits, eq(adminUnits.id, roleGrants.unitId))
    .where(
      and(
        eq(roleGrants.accountId, accountId),
        isNull(roleGrants.revokedAt),
        lte(roleGrants.validFrom, today),
        or(isNull(roleGrants.validTo), sql`${roleGrants.validTo} >= ${today}`),
      ),
    );
  return rows.map((row) => ({ role: row.role as Role, unitId: row.unitId, unitPath: row.unitPath }));
}

export type SessionRow = typeof sessions.$inferSelect;

/** A live session with its active account, in one query (every authenticated request runs it). */
export async function findLiveSessionWithAccount(
  db: Database,
  id: string,
  now: Date,
): Promise<{ session: SessionRow; account: AccountRow } | undefined> {
  const [row] = await db
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), eq(accounts.status, 'active')))
    .limit(1);
  return row;
}

/** A live (not expired, not revoked) session by the hash of its cookie. */
export async function findLiveSession(db: Database, id: string, now: Date): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1);
  return row;
}

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function findLiveApiToken(db: Database, tokenHash: string, now: Date): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    )
    .limit(1);
  return row;
}
