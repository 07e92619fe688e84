import { and, asc, eq, gt, gte, ilike, inArray, isNull, or, sql, lte, type SQL } from 'drizzle-orm';
import type { Grant } from '../../domain/access/permissions';
import type { Role } from '../../domain/access/roles';
import { toCount, type Database } from '../database';
import { accounts, adminUnits, apiTokens, roleGrants, sessions } from '../schema';
import type { AdminUnitRow } from './admin-units.repository';
import type { GrantWithUnit } from './grants.repository';

export type AccountRow = typeof accounts.$inferSelect;

/** Columns of an account a use case may change (never its id, username or creation time). */
export type AccountChanges = Partial<
  Pick<
    AccountRow,
    | 'email'
    | 'displayName'
    | 'passwordHash'
    | 'status'
    | 'locale'
    | 'failedLoginCount'
    | 'lockedUntil'
    | 'passwordChangedAt'
    | 'updatedAt'
    | 'version'
  >
>;

/** Finds an account by username or e-mail, ignoring case. */
export async function findAccountByLogin(db: Database, login: string): Promise<AccountRow | undefined> {
  const [row] = await db
    .select()
    .from(accounts)
    .where(
      or(sql`lower(${accounts.username}) = lower(${login})`, sql`lower(${accounts.email}) = lower(${login})`),
    )
    .limit(1);
  return row;
}

export async function findAccountById(db: Database, id: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  return row;
}

/** What a new account is stored with; the other columns take their defaults. */
export type NewAccount = Pick<
  typeof accounts.$inferInsert,
  | 'username'
  | 'email'
  | 'displayName'
  | 'passwordHash'
  | 'unitId'
  | 'locale'
  | 'createdAt'
  | 'updatedAt'
  | 'passwordChangedAt'
>;

export async function insertAccount(db: Database, values: NewAccount): Promise<AccountRow> {
  const [row] = await db.insert(accounts).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Writes `changes` to an account, whatever its version. */
export async function updateAccountById(db: Database, id: string, changes: AccountChanges): Promise<void> {
  await db.update(accounts).set(changes).where(eq(accounts.id, id));
}

/**
 * Writes `changes` to an account only if it still has `expectedVersion`; undefined when someone
 * else changed it first.
 */
export async function updateAccountIfVersion(
  db: Database,
  id: string,
  expectedVersion: number,
  changes: AccountChanges,
): Promise<AccountRow | undefined> {
  const [row] = await db
    .update(accounts)
    .set(changes)
    .where(and(eq(accounts.id, id), eq(accounts.version, expectedVersion)))
    .returning();
  return row;
}

/** Which accounts a list shows: home unit under one of `unitPaths`, optionally narrowed. */
export interface AccountListFilter {
  unitPaths: readonly string[];
  unitId?: string | undefined;
  /** Part of the username, display name or e-mail, any case. */
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** One page of accounts with the name of their home unit, by username, and the total. */
export async function listAccountsPage(
  db: Database,
  filter: AccountListFilter,
): Promise<{ rows: { account: AccountRow; unitName: string }[]; total: number }> {
  const conditions: SQL[] = [
    or(...filter.unitPaths.map((path) => sql`${adminUnits.path} like ${`${path}%`}`))!,
  ];
  if (filter.unitId) conditions.push(eq(accounts.unitId, filter.unitId));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        ilike(accounts.username, pattern),
        ilike(accounts.displayName, pattern),
        ilike(accounts.email, pattern),
      )!,
    );
  }
  const where = and(...conditions);
  const rows = await db
    .select({ account: accounts, unitName: adminUnits.fullName })
    .from(accounts)
    .innerJoin(adminUnits, eq(adminUnits.id, accounts.unitId))
    .where(where)
    .orderBy(asc(accounts.username))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)` })
    .from(accounts)
    .innerJoin(adminUnits, eq(adminUnits.id, accounts.unitId))
    .where(where);
  return { rows, total: toCount(count?.n) };
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

/** A live session, its active account and the account's grants in force, as one query returns them. */
export interface LiveSessionWithAccess {
  session: SessionRow;
  account: AccountRow;
  /** Grants not revoked and in force on the day asked for, oldest first, with their units. */
  grants: GrantWithUnit[];
}

/** The grants of `accounts.id` in force on the `today` placeholder, as one JSON array. */
const grantsInForce = sql<GrantWithUnit[]>`coalesce((
  select json_agg(json_build_object(
    'id', g.id, 'accountId', g.account_id, 'role', g.role, 'unitId', g.unit_id, 'unitName', u.full_name,
    'unitLevel', u.level, 'unitPath', u.path, 'validFrom', g.valid_from, 'validTo', g.valid_to
  ) order by g.created_at)
  from ${roleGrants} g join ${adminUnits} u on u.id = g.unit_id
  where g.account_id = ${accounts.id} and g.revoked_at is null
    and g.valid_from <= ${sql.placeholder('today')}::date
    and (g.valid_to is null or g.valid_to >= ${sql.placeholder('today')}::date)
), '[]'::json)`;

function prepareLiveSessionQuery(db: Database) {
  return db
    .select({ session: sessions, account: accounts, grants: grantsInForce })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(
      and(
        eq(sessions.id, sql.placeholder('id')),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
        eq(accounts.status, 'active'),
      ),
    )
    .limit(1)
    .prepare('ocop_live_session_with_access');
}

/** Prepared once per database: every authenticated request runs it, so it is neither rebuilt nor re-parsed. */
const liveSessionQueries = new WeakMap<Database, ReturnType<typeof prepareLiveSessionQuery>>();

/**
 * A live session with its active account and the account's grants in force on `today`
 * (YYYY-MM-DD), in one prepared query: what every request of a signed-in browser needs.
 */
export async function findLiveSessionWithAccess(
  db: Database,
  id: string,
  now: Date,
  today: string,
): Promise<LiveSessionWithAccess | undefined> {
  let query = liveSessionQueries.get(db);
  if (!query) {
    query = prepareLiveSessionQuery(db);
    liveSessionQueries.set(db, query);
  }
  const [row] = await query.execute({ id, now: now.toISOString(), today });
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

export async function findLiveApiToken(
  db: Database,
  tokenHash: string,
  now: Date,
): Promise<ApiTokenRow | undefined> {
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

/**
 * The province or commune with this code in force on `today` (YYYY-MM-DD): where the installation
 * may place an administrator account.
 */
export async function findAdministrableUnitByCode(
  db: Database,
  code: string,
  today: string,
): Promise<AdminUnitRow | undefined> {
  const [unit] = await db
    .select()
    .from(adminUnits)
    .where(
      and(
        eq(adminUnits.code, code),
        inArray(adminUnits.level, ['province', 'commune']),
        lte(adminUnits.validFrom, today),
        or(isNull(adminUnits.validTo), gte(adminUnits.validTo, today)),
      ),
    )
    .limit(1);
  return unit;
}
